/**
 * The membership lifecycle's authorization table: for every operation, each of owner, admin, member,
 * non-member and anonymous (and, for invite answers, the invitee) gets exactly the documented outcome,
 * through GraphQL and through REST. Each cell runs against a fresh organisation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newSecretToken } from "../../src/lib/secrets.ts";
import { insertInvite } from "../../src/modules/invites/queries.ts";
import { startTestApp, type GraphQLResponse, type RestResponse, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, unique, type TestUser } from "../helpers/factories.ts";
import { FAST_MAIL } from "../helpers/smtp.ts";

type Actor = "owner" | "admin" | "member" | "nonMember" | "anonymous" | "invitee";
type Outcome = "ok" | string;

type World = {
  organisationId: string;
  users: Record<Exclude<Actor, "anonymous">, TestUser>;
  secondAdmin: TestUser;
  newcomer: TestUser;
  inviteId: string;
  inviteToken: string;
};

type Operation = {
  name: string;
  expected: Partial<Record<Actor, Outcome>>;
  rest(w: World): { method: string; path: string; body?: unknown };
  graphql(w: World): { query: string; variables: Record<string, unknown> };
};

const MANAGERS_ONLY = { owner: "ok", admin: "ok", member: "FORBIDDEN", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" };
const INVITEE_ONLY = {
  owner: "NOT_FOUND",
  admin: "NOT_FOUND",
  member: "NOT_FOUND",
  nonMember: "NOT_FOUND",
  anonymous: "UNAUTHENTICATED",
  invitee: "ok",
};

const mutation = (name: string, inputType: string, selection = "__typename") =>
  `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code } } }`;

const OPERATIONS: Operation[] = [
  {
    name: "invite a member",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/invite`, body: { email: `${unique("new")}@example.com` } }),
    graphql: (w) => ({
      query: mutation("inviteMember", "InviteMemberInput", "invite { id }"),
      variables: { input: { organisationId: w.organisationId, email: `${unique("new")}@example.com` } },
    }),
  },
  {
    name: "list the organisation's invites",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "GET", path: `/api/organisations/${w.organisationId}/invites` }),
    graphql: (w) => ({ query: `query($id: ID!) { organisation(id: $id) { invites { nodes { id } } } }`, variables: { id: w.organisationId } }),
  },
  {
    name: "resend an invite",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/invite/${w.inviteId}/resend` }),
    graphql: (w) => ({
      query: mutation("resendInvite", "ResendInviteInput", "invite { id }"),
      variables: { input: { organisationId: w.organisationId, inviteId: w.inviteId } },
    }),
  },
  {
    name: "revoke an invite",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "DELETE", path: `/api/organisations/${w.organisationId}/invite/${w.inviteId}` }),
    graphql: (w) => ({
      query: mutation("revokeInvite", "RevokeInviteInput", "invite { id }"),
      variables: { input: { organisationId: w.organisationId, inviteId: w.inviteId } },
    }),
  },
  {
    name: "accept an invite by id",
    expected: INVITEE_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/invites/${w.inviteId}/accept` }),
    graphql: (w) => ({ query: mutation("acceptInvite", "AcceptInviteInput", "membership { id }"), variables: { input: { inviteId: w.inviteId } } }),
  },
  {
    name: "accept an invite with the emailed token",
    expected: {
      owner: "ALREADY_MEMBER",
      admin: "ALREADY_MEMBER",
      member: "ALREADY_MEMBER",
      nonMember: "ok",
      anonymous: "UNAUTHENTICATED",
      invitee: "ok",
    },
    rest: (w) => ({ method: "POST", path: `/api/organisations/accept-invite`, body: { token: w.inviteToken } }),
    graphql: (w) => ({ query: mutation("acceptInvite", "AcceptInviteInput", "membership { id }"), variables: { input: { token: w.inviteToken } } }),
  },
  {
    name: "reject an invite",
    expected: INVITEE_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/invites/${w.inviteId}/reject` }),
    graphql: (w) => ({ query: mutation("rejectInvite", "RejectInviteInput", "invite { id }"), variables: { input: { inviteId: w.inviteId } } }),
  },
  {
    name: "add a user directly",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/add-user`, body: { userId: w.newcomer.user.id } }),
    graphql: (w) => ({
      query: mutation("addMember", "AddMemberInput", "membership { id }"),
      variables: { input: { organisationId: w.organisationId, userId: w.newcomer.user.id } },
    }),
  },
  {
    name: "make a member an admin",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/users/${w.users.member.user.id}/role`, body: { orgRole: "admin" } }),
    graphql: (w) => ({
      query: mutation("setMemberRole", "SetMemberRoleInput", "membership { role }"),
      variables: { input: { organisationId: w.organisationId, userId: w.users.member.user.id, role: "ADMIN" } },
    }),
  },
  {
    name: "demote an admin to member",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "PUT", path: `/api/organisations/${w.organisationId}/users/${w.secondAdmin.user.id}/role`, body: { orgRole: "member" } }),
    graphql: (w) => ({
      query: mutation("setMemberRole", "SetMemberRoleInput", "membership { role }"),
      variables: { input: { organisationId: w.organisationId, userId: w.secondAdmin.user.id, role: "MEMBER" } },
    }),
  },
  {
    name: "change the owner's role",
    expected: { owner: "OWNER_MUST_TRANSFER", admin: "FORBIDDEN", member: "FORBIDDEN", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/users/${w.users.owner.user.id}/role`, body: { orgRole: "member" } }),
    graphql: (w) => ({
      query: mutation("setMemberRole", "SetMemberRoleInput", "membership { role }"),
      variables: { input: { organisationId: w.organisationId, userId: w.users.owner.user.id, role: "MEMBER" } },
    }),
  },
  {
    name: "transfer ownership to a member",
    expected: { owner: "ok", admin: "FORBIDDEN", member: "FORBIDDEN", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/users/${w.users.member.user.id}/role`, body: { orgRole: "owner" } }),
    graphql: (w) => ({
      query: mutation("setMemberRole", "SetMemberRoleInput", "membership { role }"),
      variables: { input: { organisationId: w.organisationId, userId: w.users.member.user.id, role: "OWNER" } },
    }),
  },
  {
    name: "remove a member",
    expected: MANAGERS_ONLY,
    rest: (w) => ({ method: "DELETE", path: `/api/organisations/${w.organisationId}/users/${w.users.member.user.id}` }),
    graphql: (w) => ({
      query: mutation("removeMember", "RemoveMemberInput", "removedUserId"),
      variables: { input: { organisationId: w.organisationId, userId: w.users.member.user.id } },
    }),
  },
  {
    name: "remove an admin",
    expected: { owner: "ok", admin: "FORBIDDEN", member: "FORBIDDEN", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    rest: (w) => ({ method: "DELETE", path: `/api/organisations/${w.organisationId}/users/${w.secondAdmin.user.id}` }),
    graphql: (w) => ({
      query: mutation("removeMember", "RemoveMemberInput", "removedUserId"),
      variables: { input: { organisationId: w.organisationId, userId: w.secondAdmin.user.id } },
    }),
  },
  {
    name: "remove the owner",
    expected: { owner: "OWNER_CANNOT_LEAVE", admin: "FORBIDDEN", member: "FORBIDDEN", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    rest: (w) => ({ method: "DELETE", path: `/api/organisations/${w.organisationId}/users/${w.users.owner.user.id}` }),
    graphql: (w) => ({
      query: mutation("removeMember", "RemoveMemberInput", "removedUserId"),
      variables: { input: { organisationId: w.organisationId, userId: w.users.owner.user.id } },
    }),
  },
  {
    name: "leave",
    expected: { owner: "OWNER_CANNOT_LEAVE", admin: "ok", member: "ok", nonMember: "NOT_FOUND", anonymous: "UNAUTHENTICATED" },
    rest: (w) => ({ method: "POST", path: `/api/organisations/${w.organisationId}/leave` }),
    graphql: (w) => ({
      query: mutation("leaveOrganisation", "LeaveOrganisationInput", "organisationId"),
      variables: { input: { organisationId: w.organisationId } },
    }),
  },
];

let t: TestApp;
let people: World["users"];
beforeAll(async () => {
  // The table's owner creates an organisation per case: well past the default cap on owned organisations.
  t = await startTestApp({ ...FAST_MAIL, ORGANISATIONS_PER_USER: "10000" });
  people = {
    owner: await createUser(t),
    admin: await createUser(t),
    member: await createUser(t),
    nonMember: await createUser(t),
    invitee: await createUser(t, { verified: true }),
  };
});
afterAll(() => t.close());

async function freshWorld(): Promise<World> {
  const organisation = await createOrganisation(t, people.owner);
  await addMember(t, organisation.id, people.admin, "admin");
  await addMember(t, organisation.id, people.member, "member");
  const secondAdmin = await createUser(t);
  await addMember(t, organisation.id, secondAdmin, "admin");
  const inviteToken = newSecretToken();
  const invite = await insertInvite(t.app.deps.db, {
    organisationId: organisation.id,
    email: people.invitee.email,
    role: "member",
    tokenHash: hashToken(inviteToken),
    invitedById: people.owner.user.id,
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  return { organisationId: organisation.id, users: people, secondAdmin, newcomer: await createUser(t), inviteId: invite.id, inviteToken };
}

function restOutcome(response: RestResponse): Outcome {
  return response.status < 300 ? "ok" : String(response.body?.code);
}

function graphqlOutcome(response: GraphQLResponse): Outcome {
  if (response.errors?.length) return String(response.errors[0]!.extensions?.code);
  const payload = Object.values(response.data ?? {})[0] as { userErrors?: { code: string }[] } | null;
  return payload?.userErrors?.length ? payload.userErrors[0]!.code : "ok";
}

describe.each(OPERATIONS)("$name", (operation) => {
  const cells = Object.entries(operation.expected) as [Actor, Outcome][];
  it.each(cells)("as %s via REST: %s", async (actor, expected) => {
    const w = await freshWorld();
    const request = operation.rest(w);
    const token = actor === "anonymous" ? undefined : w.users[actor].token;
    const response = await t.rest(request.method, request.path, { token, body: request.body });
    expect(restOutcome(response), JSON.stringify(response.body)).toBe(expected);
  });
  it.each(cells)("as %s via GraphQL: %s", async (actor, expected) => {
    const w = await freshWorld();
    const { query, variables } = operation.graphql(w);
    const token = actor === "anonymous" ? undefined : w.users[actor].token;
    const response = await t.gql(query, variables, token);
    expect(graphqlOutcome(response), JSON.stringify(response)).toBe(expected);
  });
});
