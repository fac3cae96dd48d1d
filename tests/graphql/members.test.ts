import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationMembers } from "../../src/modules/members/tables.ts";
import { organisations } from "../../src/modules/organisations/tables.ts";
import { users } from "../../src/modules/users/tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { FAST_MAIL } from "../helpers/smtp.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp(FAST_MAIL);
});
afterAll(() => t.close());

const SET_ROLE = `mutation($input: SetMemberRoleInput!) {
  setMemberRole(input: $input) { membership { role user { id } } organisation { ownerId } userErrors { code field } }
}`;
const LEAVE = `mutation($input: LeaveOrganisationInput!) { leaveOrganisation(input: $input) { organisationId userErrors { code } } }`;
const REMOVE = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId userErrors { code } } }`;
const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { membership { role user { id } } userErrors { code field } } }`;
const MAILBOX = `{ viewer { mailbox { unreadCount totalCount nodes { id kind title read organisationId } } } }`;

const setRole = (who: TestUser, organisationId: string, userId: string, role: string) =>
  t.gql(SET_ROLE, { input: { organisationId, userId, role } }, who.token);

async function roles(organisationId: string) {
  const rows = await t.app.deps.db.select().from(organisationMembers).where(eq(organisationMembers.organisationId, organisationId));
  return Object.fromEntries(rows.map((row) => [row.userId, row.role]));
}
async function ownerId(organisationId: string) {
  const [row] = await t.app.deps.db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row!.ownerId;
}

describe("setMemberRole", () => {
  it("lets the owner promote a member, tells the member, and records it", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const response = await setRole(owner, organisation.id, member.user.id, "ADMIN");
    expect(response.data.setMemberRole).toEqual({
      membership: { role: "ADMIN", user: { id: member.user.id } },
      organisation: { ownerId: owner.user.id },
      userErrors: [],
    });
    const mailbox = await t.gql(MAILBOX, {}, member.token);
    expect(mailbox.data.viewer.mailbox).toMatchObject({ unreadCount: 1, nodes: [{ kind: "member.role_changed", read: false }] });
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=member.role_changed`, { token: owner.token });
    expect(activity.body.items).toEqual([expect.objectContaining({ targetId: member.user.id, metadata: { from: "member", to: "admin" } })]);
  });

  it("lets an admin change members and admins, but never the owner, and never grant owner", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const other = await createUser(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: other.user.id, orgRole: "admin" } });
    expect((await setRole(admin, organisation.id, member.user.id, "ADMIN")).data.setMemberRole.userErrors).toEqual([]);
    expect((await setRole(admin, organisation.id, other.user.id, "MEMBER")).data.setMemberRole.userErrors).toEqual([]);
    const onOwner = await setRole(admin, organisation.id, owner.user.id, "MEMBER");
    expect(onOwner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const grant = await setRole(admin, organisation.id, member.user.id, "OWNER");
    expect(grant.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asMember = await setRole(other, organisation.id, member.user.id, "MEMBER");
    expect(asMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await ownerId(organisation.id)).toBe(owner.user.id);
  });

  it("changes the owner's own role only by transferring ownership", async () => {
    const { organisation, owner, outsider } = await organisationWithRoles(t);
    const response = await setRole(owner, organisation.id, owner.user.id, "ADMIN");
    expect(response.data.setMemberRole.userErrors).toEqual([{ code: "OWNER_MUST_TRANSFER", field: "role" }]);
    const notMember = await setRole(owner, organisation.id, outsider.user.id, "ADMIN");
    expect(notMember.data.setMemberRole.userErrors).toEqual([{ code: "MEMBER_NOT_FOUND", field: "userId" }]);
  });

  it("transfers ownership: the new owner is named on the organisation and the old one becomes an admin", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const response = await setRole(owner, organisation.id, member.user.id, "OWNER");
    expect(response.data.setMemberRole).toMatchObject({ membership: { role: "OWNER" }, organisation: { ownerId: member.user.id }, userErrors: [] });
    expect((await roles(organisation.id))[owner.user.id]).toBe("admin");
    expect(await ownerId(organisation.id)).toBe(member.user.id);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=organisation.ownership_transferred`, {
      token: member.token,
    });
    expect(activity.body.items).toEqual([expect.objectContaining({ metadata: expect.objectContaining({ from: owner.user.id, to: member.user.id }) })]);
    // The REST route agrees, and accepts PUT as well as POST.
    const back = await t.rest("PUT", `/api/organisations/${organisation.id}/users/${owner.user.id}/role`, {
      token: member.token,
      body: { orgRole: "owner" },
    });
    expect(back).toMatchObject({ status: 200, body: { userId: owner.user.id, orgRole: "owner" } });
    expect(await ownerId(organisation.id)).toBe(owner.user.id);
  });

  it("lets a platform admin transfer ownership; the old owner is told", async () => {
    const { organisation, owner, admin, platformAdmin } = await organisationWithRoles(t);
    const response = await setRole(platformAdmin, organisation.id, admin.user.id, "OWNER");
    expect(response.data.setMemberRole.userErrors).toEqual([]);
    const mailbox = await t.gql(MAILBOX, {}, owner.token);
    expect(mailbox.data.viewer.mailbox.nodes[0]).toMatchObject({ kind: "organisation.ownership_transferred" });
  });

  it("leaves exactly one owner after two simultaneous transfers to different members", async () => {
    for (let round = 0; round < 3; round++) {
      const { organisation, owner, admin, member } = await organisationWithRoles(t);
      const [viaGraphql, viaRest] = await Promise.all([
        setRole(owner, organisation.id, admin.user.id, "OWNER"),
        t.rest("POST", `/api/organisations/${organisation.id}/users/${member.user.id}/role`, { token: owner.token, body: { orgRole: "owner" } }),
      ]);
      const graphqlWon = viaGraphql.data?.setMemberRole?.userErrors?.length === 0;
      const restWon = viaRest.status === 200;
      expect([graphqlWon, restWon].filter(Boolean)).toHaveLength(1);
      if (!graphqlWon) expect(viaGraphql.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      if (!restWon) expect(viaRest).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
      const current = await roles(organisation.id);
      const owners = Object.entries(current).filter(([, role]) => role === "owner");
      expect(owners).toHaveLength(1);
      expect(await ownerId(organisation.id)).toBe(owners[0]![0]);
      expect(owners[0]![0]).toBe(graphqlWon ? admin.user.id : member.user.id);
      expect(current[owner.user.id]).toBe("admin");
    }
  });
});

describe("leaveOrganisation and removeMember", () => {
  async function selectActive(user: TestUser, organisationId: string) {
    await t.app.deps.db.update(users).set({ activeOrganisationId: organisationId }).where(eq(users.id, user.user.id));
  }
  async function activeOf(user: TestUser) {
    const [row] = await t.app.deps.db.select().from(users).where(eq(users.id, user.user.id));
    return row!.activeOrganisationId;
  }

  it("lets a member leave, clearing their active organisation and ending their access", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    await selectActive(member, organisation.id);
    const response = await t.gql(LEAVE, { input: { organisationId: organisation.id } }, member.token);
    expect(response.data.leaveOrganisation).toEqual({ organisationId: organisation.id, userErrors: [] });
    expect(await activeOf(member)).toBeNull();
    const after = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: member.token });
    expect(after.status).toBe(404);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=member.left`, { token: owner.token });
    expect(activity.body.items).toEqual([expect.objectContaining({ actorId: member.user.id, targetId: member.user.id })]);
  });

  it("tells the owner to transfer ownership before leaving", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const response = await t.gql(LEAVE, { input: { organisationId: organisation.id } }, owner.token);
    expect(response.data.leaveOrganisation.userErrors).toEqual([{ code: "OWNER_CANNOT_LEAVE" }]);
    const rest = await t.rest("POST", `/api/organisations/${organisation.id}/leave`, { token: owner.token });
    expect(rest).toMatchObject({ status: 409, body: { code: "OWNER_CANNOT_LEAVE" } });
  });

  it("lets the owner remove an admin and an admin remove a member, but not an admin remove an admin", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const secondAdmin = await createUser(t);
    await t.gql(ADD, { input: { organisationId: organisation.id, userId: secondAdmin.user.id, role: "ADMIN" } }, owner.token);
    await selectActive(member, organisation.id);

    const denied = await t.gql(REMOVE, { input: { organisationId: organisation.id, userId: secondAdmin.user.id } }, admin.token);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const byAdmin = await t.gql(REMOVE, { input: { organisationId: organisation.id, userId: member.user.id } }, admin.token);
    expect(byAdmin.data.removeMember).toEqual({ removedUserId: member.user.id, userErrors: [] });
    expect(await activeOf(member)).toBeNull();
    const byOwner = await t.rest("DELETE", `/api/organisations/${organisation.id}/users/${secondAdmin.user.id}`, { token: owner.token });
    expect(byOwner.status).toBe(204);
    const ownerSelf = await t.gql(REMOVE, { input: { organisationId: organisation.id, userId: owner.user.id } }, owner.token);
    expect(ownerSelf.data.removeMember.userErrors).toEqual([{ code: "OWNER_CANNOT_LEAVE" }]);

    expect(Object.keys(await roles(organisation.id)).sort()).toEqual([owner.user.id, admin.user.id].sort());
    const mailbox = await t.gql(MAILBOX, {}, member.token);
    expect(mailbox.data.viewer.mailbox.nodes[0]).toMatchObject({ kind: "member.removed", organisationId: organisation.id });
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=member.removed`, { token: owner.token });
    expect(activity.body.items.map((e: { targetId: string }) => e.targetId)).toEqual([secondAdmin.user.id, member.user.id]);
  });
});

describe("addMember", () => {
  it("adds an existing account by email or id, with a mailbox message, and refuses unknown accounts and members", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const newcomer = await createUser(t);
    const byEmail = await t.gql(ADD, { input: { organisationId: organisation.id, email: newcomer.email.toUpperCase() } }, admin.token);
    expect(byEmail.data.addMember).toEqual({ membership: { role: "MEMBER", user: { id: newcomer.user.id } }, userErrors: [] });
    const mailbox = await t.gql(MAILBOX, {}, newcomer.token);
    expect(mailbox.data.viewer.mailbox.nodes).toEqual([expect.objectContaining({ kind: "member.added", organisationId: organisation.id })]);

    const again = await t.gql(ADD, { input: { organisationId: organisation.id, userId: member.user.id } }, owner.token);
    expect(again.data.addMember.userErrors).toEqual([{ code: "ALREADY_MEMBER", field: "userId" }]);
    const unknown = await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, {
      token: owner.token,
      body: { email: "nobody-here@example.com" },
    });
    expect(unknown).toMatchObject({ status: 404, body: { code: "USER_NOT_FOUND" } });
    const asOwnerRole = await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, {
      token: owner.token,
      body: { userId: (await createUser(t)).user.id, orgRole: "owner" },
    });
    expect(asOwnerRole).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=member.added`, { token: owner.token });
    expect(activity.body.items).toEqual([expect.objectContaining({ actorId: admin.user.id, targetId: newcomer.user.id })]);
  });

  it("lets a platform admin add someone to any organisation", async () => {
    const { organisation, platformAdmin } = await organisationWithRoles(t);
    const newcomer = await createUser(t);
    const response = await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, {
      token: platformAdmin.token,
      body: { userId: newcomer.user.id, orgRole: "admin" },
    });
    expect(response).toMatchObject({ status: 201, body: { userId: newcomer.user.id, orgRole: "admin" } });
    const [row] = await t.app.deps.db
      .select()
      .from(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisation.id), eq(organisationMembers.userId, newcomer.user.id)));
    expect(row!.role).toBe("admin");
  });
});
