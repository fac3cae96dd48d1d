/**
 * Every mutation returns the objects it changed, as they now are, so a normalised client cache (Apollo's)
 * never needs a refetch; and every type a cache would keep has an `id` or says what its key is.
 */
import { buildASTSchema, isObjectType, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/schema.ts";
import { hashToken, newSecretToken } from "../../src/lib/secrets.ts";
import { insertEmailVerification } from "../../src/modules/users/queries.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { createNode, platformAdminOf, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const run = async (token: string, mutation: string, input?: Record<string, unknown>) => {
  const response = await t.gql(mutation, input ? { input } : {}, token);
  expect(response.errors).toBeUndefined();
  const [payload] = Object.values(response.data) as any[];
  expect(payload.userErrors).toEqual([]);
  return payload;
};

describe("membership changes return the organisation and every membership they changed", () => {
  it("addMember: the membership and the organisation with its new memberCount", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const newcomer = await createUser(t);
    const payload = await run(owner.token, `mutation($input: AddMemberInput!) { addMember(input: $input) { membership { id role } organisation { id memberCount } userErrors { code } } }`, {
      organisationId: organisation.id,
      userId: newcomer.user.id,
    });
    expect(payload).toMatchObject({ membership: { role: "MEMBER" }, organisation: { id: organisation.id, memberCount: 4 } });
  });

  it("setMemberRole: the changed membership, and for a transfer both owners' (the old one now ADMIN)", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const SET = `mutation($input: SetMemberRoleInput!) { setMemberRole(input: $input) { membership { id } organisation { id ownerId } memberships { id role user { id } } userErrors { code } } }`;
    const demoted = await run(owner.token, SET, { organisationId: organisation.id, userId: admin.user.id, role: "MEMBER" });
    expect(demoted.memberships).toEqual([{ id: demoted.membership.id, role: "MEMBER", user: { id: admin.user.id } }]);
    const unchanged = await run(owner.token, SET, { organisationId: organisation.id, userId: admin.user.id, role: "MEMBER" });
    expect(unchanged.memberships).toEqual([]);
    const transfer = await run(owner.token, SET, { organisationId: organisation.id, userId: member.user.id, role: "OWNER" });
    expect(transfer.organisation.ownerId).toBe(member.user.id);
    expect(transfer.memberships.map((m: any) => [m.user.id, m.role]).sort()).toEqual([[member.user.id, "OWNER"], [owner.user.id, "ADMIN"]].sort());
  });

  it("removeMember: the ended membership's id and the organisation with its new memberCount", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const before = await t.gql(`query($id: ID!) { organisation(id: $id) { members { nodes { id user { id } } } } }`, { id: organisation.id }, owner.token);
    const membershipId = before.data.organisation.members.nodes.find((m: any) => m.user.id === member.user.id).id;
    const payload = await run(owner.token, `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { removedUserId removedMembershipId organisation { id memberCount } userErrors { code } } }`, {
      organisationId: organisation.id,
      userId: member.user.id,
    });
    expect(payload).toEqual({ removedUserId: member.user.id, removedMembershipId: membershipId, organisation: { id: organisation.id, memberCount: 2 }, userErrors: [] });
  });

  it("leaveOrganisation: the viewer without it; the organisation only for who may still read it", async () => {
    const { organisation, member } = await organisationWithRoles(t);
    const LEAVE = `mutation($input: LeaveOrganisationInput!) { leaveOrganisation(input: $input) { organisationId organisation { id memberCount } viewer { id organisations { id } activeOrganisation { id } } userErrors { code } } }`;
    await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: member.token });
    const left = await run(member.token, LEAVE, { organisationId: organisation.id });
    expect(left).toMatchObject({ organisationId: organisation.id, organisation: null, viewer: { id: member.user.id, organisations: [], activeOrganisation: null } });

    const platformAdmin = await platformAdminOf(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: platformAdmin.token, body: { userId: platformAdmin.user.id } });
    const adminLeft = await run(platformAdmin.token, LEAVE, { organisationId: organisation.id });
    expect(adminLeft.organisation).toEqual({ id: organisation.id, memberCount: 2 });
  });

  it("acceptInvite: the invitation ACCEPTED, the organisation's new memberCount, the viewer with it", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const invitee = await createUser(t, { verified: true });
    const invite = (await t.rest("POST", `/api/organisations/${organisation.id}/invite`, { token: owner.token, body: { email: invitee.email } })).body;
    const payload = await run(invitee.token, `mutation($input: AcceptInviteInput!) { acceptInvite(input: $input) { invite { id status } organisation { id memberCount } membership { id } viewer { organisations { id } invites { id } } userErrors { code } } }`, { inviteId: invite.id });
    expect(payload).toMatchObject({
      invite: { id: invite.id, status: "ACCEPTED" },
      organisation: { id: organisation.id, memberCount: 4 },
      viewer: { organisations: [{ id: organisation.id }], invites: [] },
    });
  });
});

describe("other mutations return what changed beside their subject", () => {
  it("organisation invites have a totalCount, with the status filter", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    for (const email of [`${unique("a")}@example.com`, `${unique("b")}@example.com`]) {
      await t.rest("POST", `/api/organisations/${organisation.id}/invite`, { token: owner.token, body: { email } });
    }
    const response = await t.gql(`query($id: ID!) { organisation(id: $id) { all: invites(first: 1) { totalCount nodes { id } } revoked: invites(status: REVOKED) { totalCount } } }`, { id: organisation.id }, owner.token);
    expect(response.data.organisation).toEqual({ all: { totalCount: 2, nodes: [expect.anything()] }, revoked: { totalCount: 0 } });
  });

  it("mailbox: marking read returns the unread count, marking all returns the messages it marked", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const newcomer = await createUser(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: newcomer.user.id } });
    await t.rest("POST", `/api/organisations/${organisation.id}/users/${newcomer.user.id}/role`, { token: owner.token, body: { orgRole: "admin" } });
    const inbox = await t.gql(`{ viewer { mailbox { nodes { id } } } }`, {}, newcomer.token);
    const [latest, first] = inbox.data.viewer.mailbox.nodes;
    const one = await run(newcomer.token, `mutation($input: MarkMailboxMessageReadInput!) { markMailboxMessageRead(input: $input) { message { id read } unreadCount userErrors { code } } }`, { id: latest.id });
    expect(one).toMatchObject({ message: { id: latest.id, read: true }, unreadCount: 1 });
    const all = await run(newcomer.token, `mutation { markAllMailboxMessagesRead { messages { id read } unreadCount userErrors { code } } }`);
    expect(all).toMatchObject({ messages: [{ id: first.id, read: true }], unreadCount: 0 });
  });

  it("servers: the organisation's usage and the node's serverCount", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    await setTier(t, organisation.id, "enterprise");
    const node = await createNode(t, { dedicatedTo: organisation.id });
    const created = await run(owner.token, `mutation($input: CreateServerInput!) { createServer(input: $input) { server { id node { id serverCount } } organisation { id usage { servers { used } } } userErrors { code } } }`, {
      name: "alpha",
      organisationId: organisation.id,
      nodeId: node.id,
    });
    expect(created).toMatchObject({ server: { node: { id: node.id, serverCount: 1 } }, organisation: { usage: { servers: { used: 1 } } } });
    const deleted = await run(owner.token, `mutation($input: DeleteServerInput!) { deleteServer(input: $input) { deletedServerId organisation { usage { servers { used } } } node { id serverCount } userErrors { code } } }`, { id: created.server.id });
    expect(deleted).toMatchObject({ deletedServerId: created.server.id, organisation: { usage: { servers: { used: 0 } } }, node: { id: node.id, serverCount: 0 } });
  });

  it("tunnel devices and nodes: the organisation whose list changed", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const device = await run(owner.token, `mutation($input: CreateTunnelDeviceInput!) { createTunnelDevice(input: $input) { tunnelDevice { id } organisation { tunnelDevices { totalCount } } userErrors { code } } }`, { name: "edge", organisationId: organisation.id });
    expect(device.organisation.tunnelDevices.totalCount).toBe(1);
    const gone = await run(owner.token, `mutation($input: DeleteTunnelDeviceInput!) { deleteTunnelDevice(input: $input) { deletedTunnelDeviceId organisation { tunnelDevices { totalCount } } userErrors { code } } }`, { id: device.tunnelDevice.id });
    expect(gone.organisation.tunnelDevices.totalCount).toBe(0);

    const admin = await platformAdminOf(t);
    await setTier(t, organisation.id, "enterprise");
    const node = await createNode(t);
    const assigned = await run(admin.token, `mutation($input: AssignNodeToOrganisationInput!) { assignNodeToOrganisation(input: $input) { node { id } organisation { nodes { id } } userErrors { code } } }`, { nodeId: node.id, organisationId: organisation.id });
    expect(assigned.organisation.nodes).toEqual([{ id: node.id }]);
    const unassigned = await run(admin.token, `mutation($input: UnassignNodeInput!) { unassignNode(input: $input) { node { id } organisation { id nodes { id } } userErrors { code } } }`, { nodeId: node.id });
    expect(unassigned.organisation).toEqual({ id: organisation.id, nodes: [] });
  });

  it("organisations, feature flags and email verification: the viewer or organisation whose fields changed", async () => {
    const ann = await createUser(t);
    const created = await run(ann.token, `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } viewer { organisations { id } } userErrors { code } } }`, { name: "Cache Guild", handle: unique("cache") });
    expect(created.viewer.organisations).toEqual([{ id: created.organisation.id }]);
    const admin = await platformAdminOf(t);
    const flag = await run(admin.token, `mutation($input: SetFeatureFlagInput!) { setFeatureFlag(input: $input) { featureFlag { name } organisation { id enabledFeatures } userErrors { code } } }`, { name: "dns", enabled: false, organisationId: created.organisation.id });
    expect(flag.organisation).toEqual({ id: created.organisation.id, enabledFeatures: [] });
    const deleted = await run(ann.token, `mutation($input: DeleteOrganisationInput!) { deleteOrganisation(input: $input) { deletedOrganisationId viewer { organisations { id } } userErrors { code } } }`, { id: created.organisation.id });
    expect(deleted.viewer.organisations).toEqual([]);

    const token = newSecretToken();
    await insertEmailVerification(t.app.deps.db, { userId: ann.user.id, email: ann.email, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) });
    const VERIFY = `mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { emailVerified viewer { id emailVerified } userErrors { code } } }`;
    expect(await run(ann.token, VERIFY, { token })).toMatchObject({ emailVerified: true, viewer: { id: ann.user.id, emailVerified: true } });
    const other = await createUser(t);
    const second = newSecretToken();
    await insertEmailVerification(t.app.deps.db, { userId: other.user.id, email: other.email, tokenHash: hashToken(second), expiresAt: new Date(Date.now() + 3600_000) });
    // Verified by someone else's session (or none): the account is not shown as their viewer.
    expect((await run(ann.token, VERIFY, { token: second })).viewer).toBeNull();
  });
});

describe("the schema, for client caches", () => {
  it("gives every object type a client caches an id, or says in its description what its key is", () => {
    const schema = buildASTSchema(parse(loadTypeDefs().join("\n")));
    const unkeyed = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .filter((type) => !type.name.startsWith("__") && !["Query", "Mutation", "Subscription", "PageInfo", "UserError"].includes(type.name))
      .filter((type) => !/(Payload|Connection|Edge)$/.test(type.name) && !type.name.startsWith("Dns"))
      .filter((type) => !("id" in type.getFields()))
      .filter((type) => !/keyFields|client cache/.test(type.description ?? ""));
    expect(unkeyed.map((type) => type.name)).toEqual([]);
  });
});

