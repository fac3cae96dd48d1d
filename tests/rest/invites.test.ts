import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { organisationInvites } from "../../src/modules/invites/tables.ts";
import { organisationMembers } from "../../src/modules/members/tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique, type TestUser } from "../helpers/factories.ts";
import { FAST_MAIL, startSmtpSink, tokenFromLink, type SmtpSink } from "../helpers/smtp.ts";

const ACCEPT_LINK = "http://guildhall.test/invites/accept?token=";

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

async function invite(owner: TestUser, organisationId: string, body: Record<string, unknown>) {
  return t.rest("POST", `/api/organisations/${organisationId}/invite`, { token: owner.token, body });
}

/** Invites `email` and returns the invite and the token from the link in the mail that arrives. */
async function inviteByMail(owner: TestUser, organisationId: string, email: string, role?: string) {
  const response = await invite(owner, organisationId, { email, ...(role ? { role } : {}) });
  expect(response.status).toBe(201);
  const mail = await smtp.waitFor((m) => m.to.includes(email.toLowerCase()) && m.text.includes(response.body.organisation.name) && !usedMail.has(m));
  usedMail.add(mail);
  return { invite: response.body, mail, ...tokenFromLink(mail, ACCEPT_LINK) };
}
const usedMail = new Set<unknown>();

describe("inviting by email and accepting through the link in the mail", () => {
  it("sends a mail with text and HTML parts whose link makes the invitee a member, once", async () => {
    const owner = await createUser(t, { firstName: "Olga" });
    const organisation = await createOrganisation(t, owner, { name: "Apex Gaming" });
    const invitee = await createUser(t);

    const response = await invite(owner, organisation.id, { email: `  ${invitee.email.toUpperCase()} ` });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      email: invitee.email,
      role: "member",
      status: "pending",
      invitedBy: { id: owner.user.id },
      organisation: { id: organisation.id, name: "Apex Gaming", handle: organisation.handle },
    });
    expect(JSON.stringify(response.body)).not.toMatch(/token/i);
    const days = (Date.parse(response.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const mail = await smtp.waitFor((m) => m.to.includes(invitee.email));
    expect(mail.subject).toContain("Apex Gaming");
    expect(mail.text).toContain("Olga has invited you to join Apex Gaming");
    expect(mail.html).toContain("<a href=");
    const { link, token } = tokenFromLink(mail, ACCEPT_LINK);
    expect(mail.html).toContain(link.replace(/&/g, "&amp;"));
    expect(token.length).toBeGreaterThanOrEqual(43);

    const accepted = await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token } });
    expect(accepted).toMatchObject({ status: 200, body: { id: organisation.id, orgRole: "member", memberCount: 2 } });
    const again = await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token } });
    expect(again).toMatchObject({ status: 409, body: { code: "INVITE_ALREADY_USED" } });

    const members = await t.rest("GET", `/api/organisations/${organisation.id}/users`, { token: owner.token });
    expect(members.body.map((m: { userId: string }) => m.userId)).toEqual([owner.user.id, invitee.user.id]);
    const invites = await t.rest("GET", `/api/organisations/${organisation.id}/invites`, { token: owner.token });
    expect(invites.body.items).toEqual([expect.objectContaining({ id: response.body.id, status: "accepted" })]);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: owner.token });
    expect(activity.body.items.map((e: { action: string }) => e.action).slice(0, 2)).toEqual(["invite.accepted", "member.invited"]);
    // Following the link proved the address: the invitee's email is now verified.
    const session = await t.rest("GET", "/api/auth/session", { token: invitee.token });
    expect(session.body.user.emailVerified).toBe(true);
  });

  it("invites as admin when asked, never as owner, and validates the address", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const email = `${unique("adm")}@example.com`;
    const { token } = await inviteByMail(owner, organisation.id, email, "admin");
    const joiner = await createUser(t, { email });
    const accepted = await t.rest("POST", "/api/organisations/accept-invite", { token: joiner.token, body: { token } });
    expect(accepted.body.orgRole).toBe("admin");

    expect(await invite(owner, organisation.id, { email: `${unique("o")}@example.com`, role: "owner" })).toMatchObject({
      status: 400,
      body: { code: "INVALID_INPUT" },
    });
    expect(await invite(owner, organisation.id, { email: "not-an-address" })).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });

  it("refuses yourself, an existing member and an address with a pending invite, with 409s", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    expect(await invite(owner, organisation.id, { email: owner.email })).toMatchObject({ status: 409, body: { code: "CANNOT_INVITE_SELF" } });
    expect(await invite(owner, organisation.id, { email: member.email.toUpperCase() })).toMatchObject({
      status: 409,
      body: { code: "ALREADY_MEMBER" },
    });
    const email = `${unique("pending")}@example.com`;
    expect((await invite(owner, organisation.id, { email })).status).toBe(201);
    expect(await invite(owner, organisation.id, { email })).toMatchObject({ status: 409, body: { code: "INVITE_PENDING" } });
  });

  it("lets exactly one of two concurrent invites of one address through: the database decides", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const email = `${unique("race")}@example.com`;
    const responses = await Promise.all([owner, admin].map((who) => invite(who, organisation.id, { email })));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.status === 409)!.body.code).toBe("INVITE_PENDING");
    const rows = await t.app.deps.db.select().from(organisationInvites).where(eq(organisationInvites.email, email));
    expect(rows).toHaveLength(1);
  });

  it("makes one membership of two concurrent accepts of one invite", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const email = `${unique("double")}@example.com`;
    const { token } = await inviteByMail(owner, organisation.id, email);
    const invitee = await createUser(t, { email });
    const other = await createUser(t);
    const responses = await Promise.all(
      [invitee, invitee, other].map((who) => t.rest("POST", "/api/organisations/accept-invite", { token: who.token, body: { token } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const [{ total }] = await t.app.deps.db
      .select({ total: sql<number>`count(*)::int` })
      .from(organisationMembers)
      .where(eq(organisationMembers.organisationId, organisation.id));
    expect(total).toBe(4);
  });
});

describe("the invitee's side: their invites, their mailbox, accept or reject by id", () => {
  it("lists a verified invitee's pending invites with the organisation's name and handle, and leaves a mailbox message", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner, { name: "Blue Team" });
    const invitee = await createUser(t, { verified: true });
    const created = await invite(owner, organisation.id, { email: invitee.email });

    const mine = await t.rest("GET", "/api/organisations/invites", { token: invitee.token });
    expect(mine.body).toEqual([
      expect.objectContaining({
        id: created.body.id,
        status: "pending",
        organisation: { id: organisation.id, name: "Blue Team", handle: organisation.handle, avatarUrl: null },
        delivery: null,
      }),
    ]);
    const mailbox = await t.rest("GET", "/api/mailbox", { token: invitee.token });
    expect(mailbox.body).toMatchObject({ unreadCount: 1, items: [{ kind: "invite", inviteId: created.body.id, organisationId: organisation.id, read: false }] });
    expect(mailbox.body.items[0].title).toContain("Blue Team");

    const accepted = await t.rest("POST", `/api/organisations/invites/${created.body.id}/accept`, { token: invitee.token });
    expect(accepted).toMatchObject({ status: 200, body: { id: organisation.id, orgRole: "member" } });
    expect((await t.rest("GET", "/api/organisations/invites", { token: invitee.token })).body).toEqual([]);
  });

  it("accepts by id only for the verified owner of the invited address", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const unverified = await createUser(t);
    const stranger = await createUser(t, { verified: true });
    const created = await invite(owner, organisation.id, { email: unverified.email });
    const path = `/api/organisations/invites/${created.body.id}/accept`;
    expect(await t.rest("POST", path, { token: stranger.token })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect(await t.rest("POST", path, { token: unverified.token })).toMatchObject({ status: 403, body: { code: "EMAIL_NOT_VERIFIED" } });
    expect(await t.rest("POST", path)).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
    expect((await t.rest("GET", "/api/organisations/invites", { token: unverified.token })).body).toEqual([]);
  });

  it("lets the invitee reject; the invite is then used up", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const invitee = await createUser(t, { verified: true });
    const created = await invite(owner, organisation.id, { email: invitee.email });
    const asMember = await t.rest("POST", `/api/organisations/invites/${created.body.id}/reject`, { token: member.token });
    expect(asMember.status).toBe(404);
    const rejected = await t.rest("POST", `/api/organisations/invites/${created.body.id}/reject`, { token: invitee.token });
    expect(rejected).toMatchObject({ status: 200, body: { id: created.body.id, status: "rejected" } });
    const accept = await t.rest("POST", `/api/organisations/invites/${created.body.id}/accept`, { token: invitee.token });
    expect(accept).toMatchObject({ status: 409, body: { code: "INVITE_ALREADY_USED" } });
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=invite.rejected`, { token: owner.token });
    expect(activity.body.items).toEqual([expect.objectContaining({ actorId: invitee.user.id, targetId: created.body.id })]);
  });

  it("shows an invite to an account registered later, once its address is verified by the emailed link", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner, { name: "Late Comers" });
    const email = `${unique("later")}@example.com`;
    await inviteByMail(owner, organisation.id, email);

    const registered = await t.rest("POST", "/api/auth/register", { body: { email, password: "long enough password" } });
    expect(registered.status).toBe(201);
    const token = registered.body.token;
    expect((await t.rest("GET", "/api/organisations/invites", { token })).body).toEqual([]);

    const mail = await smtp.waitFor((m) => m.to.includes(email) && m.subject.includes("Verify"));
    expect(mail.html).toContain("Verify email address");
    const link = tokenFromLink(mail, "http://guildhall.test/verify-email?token=");
    const verified = await t.rest("POST", "/api/auth/verify-email", { body: { token: link.token } });
    expect(verified).toMatchObject({ status: 200, body: { user: { email, emailVerified: true } } });
    expect(await t.rest("POST", "/api/auth/verify-email", { body: { token: link.token } })).toMatchObject({
      status: 409,
      body: { code: "TOKEN_USED" },
    });

    const mine = await t.rest("GET", "/api/organisations/invites", { token });
    expect(mine.body).toEqual([expect.objectContaining({ organisation: expect.objectContaining({ name: "Late Comers" }) })]);
    const mailbox = await t.rest("GET", "/api/mailbox", { token });
    expect(mailbox.body.items).toEqual([expect.objectContaining({ kind: "invite", inviteId: mine.body[0].id })]);
  });
});

describe("resending, revoking and expiry", () => {
  it("resends with a new link (the old one stops working) and a later expiry", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const email = `${unique("resend")}@example.com`;
    const first = await inviteByMail(owner, organisation.id, email);
    await t.app.deps.db
      .update(organisationInvites)
      .set({ expiresAt: new Date(Date.now() + 3600_000) })
      .where(eq(organisationInvites.id, first.invite.id));

    const resent = await t.rest("POST", `/api/organisations/${organisation.id}/invite/${first.invite.id}/resend`, { token: admin.token });
    expect(resent).toMatchObject({ status: 200, body: { id: first.invite.id, status: "pending" } });
    expect(Date.parse(resent.body.expiresAt)).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    const mail = await smtp.waitFor((m) => m.to.includes(email) && m !== first.mail);
    const second = tokenFromLink(mail, ACCEPT_LINK);
    expect(second.token).not.toBe(first.token);

    const invitee = await createUser(t, { email });
    const old = await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token: first.token } });
    expect(old).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    const ok = await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token: second.token } });
    expect(ok.status).toBe(200);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=invite.resent`, { token: owner.token });
    expect(activity.body.items).toHaveLength(1);
  });

  it("revokes a pending invite: its link then says so, and it cannot be resent", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const email = `${unique("revoke")}@example.com`;
    const { invite: created, token } = await inviteByMail(owner, organisation.id, email);
    const revoked = await t.rest("DELETE", `/api/organisations/${organisation.id}/invite/${created.id}`, { token: owner.token });
    expect(revoked.status).toBe(204);
    const invitee = await createUser(t, { email });
    expect(await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token } })).toMatchObject({
      status: 410,
      body: { code: "INVITE_REVOKED" },
    });
    expect(await t.rest("POST", `/api/organisations/${organisation.id}/invite/${created.id}/resend`, { token: owner.token })).toMatchObject({
      status: 409,
      body: { code: "INVITE_NOT_PENDING" },
    });
    const list = await t.rest("GET", `/api/organisations/${organisation.id}/invites?status=revoked`, { token: owner.token });
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    // The address may be invited again.
    expect((await invite(owner, organisation.id, { email })).status).toBe(201);
  });

  it("reads a lapsed invite as expired, refuses it, and lets the address be invited again", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const email = `${unique("expired")}@example.com`;
    const { invite: created, token } = await inviteByMail(owner, organisation.id, email);
    await t.app.deps.db
      .update(organisationInvites)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(organisationInvites.id, created.id));

    const list = await t.rest("GET", `/api/organisations/${organisation.id}/invites?status=expired`, { token: owner.token });
    expect(list.body.items).toEqual([expect.objectContaining({ id: created.id, status: "expired" })]);
    const invitee = await createUser(t, { email });
    expect(await t.rest("POST", "/api/organisations/accept-invite", { token: invitee.token, body: { token } })).toMatchObject({
      status: 410,
      body: { code: "INVITE_EXPIRED" },
    });
    const again = await invite(owner, organisation.id, { email });
    expect(again.status).toBe(201);
    const [old] = await t.app.deps.db.select().from(organisationInvites).where(eq(organisationInvites.id, created.id));
    expect(old!.status).toBe("expired");
  });

  it("answers 404 for another organisation's invite", async () => {
    const a = await organisationWithRoles(t);
    const b = await organisationWithRoles(t);
    const created = await invite(a.owner, a.organisation.id, { email: `${unique("x")}@example.com` });
    const cross = await t.rest("DELETE", `/api/organisations/${b.organisation.id}/invite/${created.body.id}`, { token: b.owner.token });
    expect(cross).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
  });
});
