import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { eventually, FAST_MAIL, startSmtpSink, tokenFromLink, type SmtpSink } from "../helpers/smtp.ts";

// These tests wait for mail delivered in the background: bounded, generous waits on a busy machine.
vi.setConfig({ testTimeout: 90_000 });

let t: TestApp;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await startTestApp({ SMTP_URL: smtp.url, ...FAST_MAIL });
});
afterAll(async () => {
  await t.close();
  await smtp.stop();
});

const INVITE = `mutation($input: InviteMemberInput!) {
  inviteMember(input: $input) {
    invite { id email role status expiresAt invitedBy { id } organisation { id name handle } }
    userErrors { code message field retryAfterSeconds }
  }
}`;
const ACCEPT = `mutation($input: AcceptInviteInput!) {
  acceptInvite(input: $input) { organisation { id viewerRole memberCount } membership { role user { id } } userErrors { code } }
}`;
const ORG_INVITES = `query($id: ID!, $status: InviteStatus) {
  organisation(id: $id) { invites(status: $status) { nodes { id email status deliveryFailed delivery { status } } pageInfo { hasNextPage } } }
}`;
const MY_INVITES = `{ viewer { invites { id status role delivery { status } organisation { id name handle } invitedBy { id } } } }`;

describe("invitations through GraphQL", () => {
  it("invites, shows delivery to the owner, lists the invite to the invitee, and accepts by the mailed token", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner, { name: "Graph Guild" });
    const invitee = await createUser(t, { verified: true });

    const created = await t.gql(INVITE, { input: { organisationId: organisation.id, email: invitee.email, role: "ADMIN" } }, owner.token);
    expect(created.data.inviteMember).toMatchObject({
      invite: { email: invitee.email, role: "ADMIN", status: "PENDING", invitedBy: { id: owner.user.id }, organisation: { name: "Graph Guild" } },
      userErrors: [],
    });
    const inviteId = created.data.inviteMember.invite.id;

    const mail = await smtp.waitFor((m) => m.to.includes(invitee.email));
    await eventually(async () => {
      const list = await t.gql(ORG_INVITES, { id: organisation.id }, owner.token);
      expect(list.data.organisation.invites.nodes).toEqual([
        { id: inviteId, email: invitee.email, status: "PENDING", deliveryFailed: false, delivery: { status: "SENT" } },
      ]);
    });

    const mine = await t.gql(MY_INVITES, {}, invitee.token);
    expect(mine.data.viewer.invites).toEqual([
      {
        id: inviteId,
        status: "PENDING",
        role: "ADMIN",
        delivery: null,
        organisation: { id: organisation.id, name: "Graph Guild", handle: organisation.handle },
        invitedBy: { id: owner.user.id },
      },
    ]);
    // REST and GraphQL describe the same invite.
    const rest = await t.rest("GET", "/api/organisations/invites", { token: invitee.token });
    expect(rest.body).toEqual([expect.objectContaining({ id: inviteId, status: "pending", role: "admin", delivery: null })]);

    const { token } = tokenFromLink(mail, "http://guildhall.test/invites/accept?token=");
    const accepted = await t.gql(ACCEPT, { input: { token } }, invitee.token);
    expect(accepted.data.acceptInvite).toEqual({
      organisation: { id: organisation.id, viewerRole: "ADMIN", memberCount: 2 },
      membership: { role: "ADMIN", user: { id: invitee.user.id } },
      userErrors: [],
    });
    const again = await t.gql(ACCEPT, { input: { token } }, invitee.token);
    expect(again.data.acceptInvite.userErrors).toEqual([{ code: "INVITE_ALREADY_USED" }]);
    const accepted2 = await t.gql(ORG_INVITES, { id: organisation.id, status: "ACCEPTED" }, owner.token);
    expect(accepted2.data.organisation.invites.nodes.map((n: { id: string }) => n.id)).toEqual([inviteId]);
  });

  it("returns expected failures as userErrors with the same codes REST uses", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const self = await t.gql(INVITE, { input: { organisationId: organisation.id, email: owner.email } }, owner.token);
    expect(self.data.inviteMember.userErrors).toEqual([expect.objectContaining({ code: "CANNOT_INVITE_SELF", field: "email" })]);
    const asOwnerRole = await t.gql(INVITE, { input: { organisationId: organisation.id, email: "x@example.com", role: "OWNER" } }, owner.token);
    expect(asOwnerRole.data.inviteMember.userErrors).toEqual([expect.objectContaining({ code: "INVALID_INPUT", field: "role" })]);
    const byMember = await t.gql(INVITE, { input: { organisationId: organisation.id, email: "y@example.com" } }, member.token);
    expect(byMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const both = await t.gql(ACCEPT, { input: { token: "abc", inviteId: organisation.id } }, member.token);
    expect(both.data.acceptInvite.userErrors).toEqual([{ code: "INVALID_INPUT" }]);
    const unknown = await t.gql(ACCEPT, { input: { token: "not-a-real-token" } }, member.token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the mailbox through GraphQL and REST", () => {
  const MAILBOX = `query($first: Int, $after: String, $unreadOnly: Boolean) {
    viewer { mailbox(first: $first, after: $after, unreadOnly: $unreadOnly) {
      unreadCount totalCount nodes { id kind title body read readAt } pageInfo { hasNextPage endCursor }
    } }
  }`;

  it("pages messages newest first, marks one or all read, and keeps other people's messages private", async () => {
    const owner = await createUser(t);
    const reader = await createUser(t);
    for (const name of ["One", "Two", "Three"]) {
      const organisation = await createOrganisation(t, owner, { name });
      await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: reader.user.id } });
    }
    const first = await t.gql(MAILBOX, { first: 2 }, reader.token);
    const page = first.data.viewer.mailbox;
    expect(page).toMatchObject({ unreadCount: 3, totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(page.nodes.map((n: { title: string }) => n.title)).toEqual(["You were added to Three", "You were added to Two"]);
    const rest = await t.gql(MAILBOX, { first: 2, after: page.pageInfo.endCursor }, reader.token);
    expect(rest.data.viewer.mailbox.nodes.map((n: { title: string }) => n.title)).toEqual(["You were added to One"]);

    const READ = `mutation($input: MarkMailboxMessageReadInput!) { markMailboxMessageRead(input: $input) { message { id read readAt } userErrors { code } } }`;
    const marked = await t.gql(READ, { input: { id: page.nodes[0].id } }, reader.token);
    expect(marked.data.markMailboxMessageRead).toMatchObject({ message: { read: true, readAt: expect.any(String) }, userErrors: [] });
    const stranger = await t.gql(READ, { input: { id: page.nodes[1].id } }, owner.token);
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const viaRest = await t.rest("POST", `/api/mailbox/${page.nodes[1].id}/read`, { token: owner.token });
    expect(viaRest).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });

    const unread = await t.rest("GET", "/api/mailbox?unread=true", { token: reader.token });
    expect(unread.body).toMatchObject({ unreadCount: 2, nextCursor: null });
    expect(unread.body.items).toHaveLength(2);
    expect((await t.rest("POST", "/api/mailbox/read-all", { token: reader.token })).body).toEqual({ unreadCount: 0 });
    expect((await t.gql(MAILBOX, {}, reader.token)).data.viewer.mailbox.unreadCount).toBe(0);
    expect((await t.rest("GET", "/api/mailbox")).status).toBe(401);
  });
});

describe("email verification through GraphQL", () => {
  it("registers, receives a link, verifies with it, and refuses to resend once verified", async () => {
    const email = `${unique("verify")}@example.com`;
    const registered = await t.gql(
      `mutation($input: RegisterInput!) { register(input: $input) { token viewer { emailVerified } userErrors { code } } }`,
      { input: { email, password: "long enough password" } },
    );
    const { token: session, viewer } = registered.data.register;
    expect(viewer.emailVerified).toBe(false);

    const link = "http://guildhall.test/verify-email?token=";
    const firstMail = await smtp.waitFor((m) => m.to.includes(email) && m.subject.includes("Verify"));
    const RESEND = `mutation { resendVerificationEmail { sent userErrors { code } } }`;
    expect((await t.gql(RESEND, {}, session)).data.resendVerificationEmail).toEqual({ sent: true, userErrors: [] });
    const secondMail = await smtp.waitFor((m) => m.to.includes(email) && m !== firstMail);

    // A new link replaces the old one.
    const VERIFY = `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { emailVerified user { email } userErrors { code } } }`;
    const old = await t.gql(VERIFY, { input: { token: tokenFromLink(firstMail, link).token } });
    expect(old.data.verifyEmail).toEqual({ emailVerified: false, user: null, userErrors: [{ code: "INVALID_TOKEN" }] });
    const verified = await t.gql(VERIFY, { input: { token: tokenFromLink(secondMail, link).token } });
    expect(verified.data.verifyEmail).toEqual({ emailVerified: true, user: { email }, userErrors: [] });

    expect((await t.gql(`{ viewer { emailVerified } }`, {}, session)).data.viewer.emailVerified).toBe(true);
    expect((await t.gql(RESEND, {}, session)).data.resendVerificationEmail).toEqual({ sent: false, userErrors: [{ code: "EMAIL_ALREADY_VERIFIED" }] });
    const bogus = await t.rest("POST", "/api/auth/verify-email", { body: { token: "nope" } });
    expect(bogus).toMatchObject({ status: 400, body: { code: "INVALID_TOKEN" } });
  });
});
