/**
 * The authorization table for servers, nodes, tunnel devices and the active organisation: every
 * operation, for the owner, an admin, a member, a non-member, a platform admin and an anonymous caller,
 * through GraphQL and through REST. Both transports must give the same answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { createNode, postServer, setTier } from "../helpers/resources.ts";

type Who = "owner" | "admin" | "member" | "nonMember" | "platformAdmin" | "anonymous";
type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED";
type Ids = Record<string, string>;
type Operation = {
  name: string;
  expect: Record<Who, Outcome>;
  /** Makes what the call acts on, fresh for every caller and transport. */
  setup?: () => Promise<Ids>;
  rest: (ids: Ids) => { method: string; path: string; body?: unknown; ok: number };
  gql: (ids: Ids) => { query: string; variables?: Record<string, unknown>; field: string };
};

const WHO: Who[] = ["owner", "admin", "member", "nonMember", "platformAdmin", "anonymous"];
const STATUS: Record<Exclude<Outcome, "ok">, number> = { FORBIDDEN: 403, NOT_FOUND: 404, UNAUTHENTICATED: 401 };

const members = (ok: Outcome = "ok") => ({ owner: ok, admin: ok, member: ok, nonMember: "NOT_FOUND", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" }) as const;
const managers = { owner: "ok", admin: "ok", member: "FORBIDDEN", nonMember: "NOT_FOUND", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;
const platformAdmins = { owner: "FORBIDDEN", admin: "FORBIDDEN", member: "FORBIDDEN", nonMember: "FORBIDDEN", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;
const anyoneSignedIn = { owner: "ok", admin: "ok", member: "ok", nonMember: "ok", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;
const ownerOfPersonal = { owner: "ok", admin: "NOT_FOUND", member: "NOT_FOUND", nonMember: "NOT_FOUND", platformAdmin: "NOT_FOUND", anonymous: "UNAUTHENTICATED" } as const;

let t: TestApp;
let users: Record<Exclude<Who, "anonymous">, TestUser>;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp({ PERSONAL_SERVER_LIMIT: "100" });
  const roles = await organisationWithRoles(t);
  users = { owner: roles.owner, admin: roles.admin, member: roles.member, nonMember: roles.outsider, platformAdmin: roles.platformAdmin };
  orgId = roles.organisation.id;
  await setTier(t, orgId, "enterprise");
  await createNode(t, { capacity: 10_000 });
  await createNode(t, { capacity: 10_000, dedicatedTo: orgId });
});
afterAll(() => t.close());

const orgQuery = (selection: string) => ({
  query: `query($id: ID!) { organisation(id: $id) { ${selection} } }`,
  variables: { id: orgId },
  field: "organisation",
});
const mutation = (name: string, inputType: string, selection: string, input: Record<string, unknown>) => ({
  query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code message } } }`,
  variables: { input },
  field: name,
});
const orgServer = async () => ({ serverId: (await postServer(t, users.owner, { organisationId: orgId })).body.id });
const personalServer = async () => ({ serverId: (await postServer(t, users.owner, {})).body.id });
const orgDevice = async () => ({
  deviceId: (await t.rest("POST", `/api/organisations/${orgId}/tunnel-devices`, { token: users.owner.token, body: { name: "D" } })).body.id,
});
const personalDevice = async () => ({
  deviceId: (await t.rest("POST", "/api/tunnel-devices", { token: users.owner.token, body: { name: "P" } })).body.id,
});
const node = async () => ({ nodeId: (await createNode(t, { capacity: 1 })).id });
const dedicatedNode = async () => ({ nodeId: (await createNode(t, { capacity: 1, dedicatedTo: orgId })).id });

const operations: Operation[] = [
  {
    name: "list the organisation's servers",
    expect: members(),
    rest: () => ({ method: "GET", path: `/api/organisations/${orgId}/servers`, ok: 200 }),
    gql: () => orgQuery("servers { nodes { id } totalCount }"),
  },
  {
    name: "read the organisation's usage",
    expect: members(),
    rest: () => ({ method: "GET", path: `/api/organisations/${orgId}/usage`, ok: 200 }),
    gql: () => orgQuery("usage { servers { used limit } }"),
  },
  {
    name: "create an organisation server",
    expect: managers,
    rest: () => ({ method: "POST", path: "/api/servers", body: { name: "s", organisationId: orgId }, ok: 201 }),
    gql: () => mutation("createServer", "CreateServerInput", "server { id }", { name: "s", organisationId: orgId }),
  },
  {
    name: "delete an organisation server",
    expect: managers,
    setup: orgServer,
    rest: ({ serverId }) => ({ method: "DELETE", path: `/api/servers/${serverId}`, ok: 204 }),
    gql: ({ serverId }) => mutation("deleteServer", "DeleteServerInput", "deletedServerId", { id: serverId }),
  },
  {
    name: "create a personal server",
    expect: anyoneSignedIn,
    rest: () => ({ method: "POST", path: "/api/servers", body: { name: "mine" }, ok: 201 }),
    gql: () => mutation("createServer", "CreateServerInput", "server { id }", { name: "mine" }),
  },
  {
    name: "delete the owner's personal server",
    expect: ownerOfPersonal,
    setup: personalServer,
    rest: ({ serverId }) => ({ method: "DELETE", path: `/api/servers/${serverId}`, ok: 204 }),
    gql: ({ serverId }) => mutation("deleteServer", "DeleteServerInput", "deletedServerId", { id: serverId }),
  },
  {
    name: "list my servers",
    expect: anyoneSignedIn,
    rest: () => ({ method: "GET", path: "/api/servers", ok: 200 }),
    gql: () => ({ query: `{ viewer { servers { nodes { id } totalCount } } }`, field: "viewer" }),
  },
  {
    name: "list the organisation's dedicated nodes",
    expect: members(),
    rest: () => ({ method: "GET", path: `/api/organisations/${orgId}/nodes`, ok: 200 }),
    gql: () => orgQuery("nodes { id }"),
  },
  {
    name: "list nodes",
    expect: anyoneSignedIn,
    rest: () => ({ method: "GET", path: "/api/nodes", ok: 200 }),
    gql: () => ({ query: `{ nodes { id } }`, field: "nodes" }),
  },
  {
    name: "create a node",
    expect: platformAdmins,
    rest: () => ({ method: "POST", path: "/api/nodes", body: { name: "n", fqdn: `n${Math.random().toString(36).slice(2)}.example.com`, location: "L", capacity: 1 }, ok: 201 }),
    gql: () =>
      mutation("createNode", "CreateNodeInput", "node { id }", { name: "n", fqdn: `n${Math.random().toString(36).slice(2)}.example.com`, location: "L", capacity: 1 }),
  },
  {
    name: "update a node",
    expect: platformAdmins,
    setup: node,
    rest: ({ nodeId }) => ({ method: "PUT", path: `/api/nodes/${nodeId}`, body: { capacity: 2 }, ok: 200 }),
    gql: ({ nodeId }) => mutation("updateNode", "UpdateNodeInput", "node { id }", { id: nodeId, capacity: 2 }),
  },
  {
    name: "delete a node",
    expect: platformAdmins,
    setup: node,
    rest: ({ nodeId }) => ({ method: "DELETE", path: `/api/nodes/${nodeId}`, ok: 204 }),
    gql: ({ nodeId }) => mutation("deleteNode", "DeleteNodeInput", "deletedNodeId", { id: nodeId }),
  },
  {
    name: "assign a node to the organisation",
    expect: platformAdmins,
    setup: node,
    rest: ({ nodeId }) => ({ method: "POST", path: `/api/nodes/${nodeId}/assign-org`, body: { organisationId: orgId }, ok: 200 }),
    gql: ({ nodeId }) => mutation("assignNodeToOrganisation", "AssignNodeToOrganisationInput", "node { id }", { nodeId, organisationId: orgId }),
  },
  {
    name: "unassign a node",
    expect: platformAdmins,
    setup: dedicatedNode,
    rest: ({ nodeId }) => ({ method: "POST", path: `/api/nodes/${nodeId}/unassign-org`, ok: 200 }),
    gql: ({ nodeId }) => mutation("unassignNode", "UnassignNodeInput", "node { id }", { nodeId }),
  },
  {
    name: "list the organisation's tunnel devices",
    expect: members(),
    rest: () => ({ method: "GET", path: `/api/organisations/${orgId}/tunnel-devices`, ok: 200 }),
    gql: () => orgQuery("tunnelDevices { nodes { id } totalCount }"),
  },
  {
    name: "create an organisation tunnel device",
    expect: managers,
    rest: () => ({ method: "POST", path: `/api/organisations/${orgId}/tunnel-devices`, body: { name: "d" }, ok: 201 }),
    gql: () => mutation("createTunnelDevice", "CreateTunnelDeviceInput", "tunnelDevice { id }", { name: "d", organisationId: orgId }),
  },
  {
    name: "rename an organisation tunnel device",
    expect: managers,
    setup: orgDevice,
    rest: ({ deviceId }) => ({ method: "PATCH", path: `/api/organisations/${orgId}/tunnel-devices/${deviceId}`, body: { name: "r" }, ok: 200 }),
    gql: ({ deviceId }) => mutation("renameTunnelDevice", "RenameTunnelDeviceInput", "tunnelDevice { id }", { id: deviceId, name: "r" }),
  },
  {
    name: "delete an organisation tunnel device",
    expect: managers,
    setup: orgDevice,
    rest: ({ deviceId }) => ({ method: "DELETE", path: `/api/organisations/${orgId}/tunnel-devices/${deviceId}`, ok: 204 }),
    gql: ({ deviceId }) => mutation("deleteTunnelDevice", "DeleteTunnelDeviceInput", "deletedTunnelDeviceId", { id: deviceId }),
  },
  {
    name: "create a personal tunnel device",
    expect: anyoneSignedIn,
    rest: () => ({ method: "POST", path: "/api/tunnel-devices", body: { name: "p" }, ok: 201 }),
    gql: () => mutation("createTunnelDevice", "CreateTunnelDeviceInput", "tunnelDevice { id }", { name: "p" }),
  },
  {
    name: "rename the owner's personal tunnel device",
    expect: ownerOfPersonal,
    setup: personalDevice,
    rest: ({ deviceId }) => ({ method: "PATCH", path: `/api/tunnel-devices/${deviceId}`, body: { name: "r" }, ok: 200 }),
    gql: ({ deviceId }) => mutation("renameTunnelDevice", "RenameTunnelDeviceInput", "tunnelDevice { id }", { id: deviceId, name: "r" }),
  },
  {
    name: "delete the owner's personal tunnel device",
    expect: ownerOfPersonal,
    setup: personalDevice,
    rest: ({ deviceId }) => ({ method: "DELETE", path: `/api/tunnel-devices/${deviceId}`, ok: 204 }),
    gql: ({ deviceId }) => mutation("deleteTunnelDevice", "DeleteTunnelDeviceInput", "deletedTunnelDeviceId", { id: deviceId }),
  },
  {
    name: "list my tunnel devices",
    expect: anyoneSignedIn,
    rest: () => ({ method: "GET", path: "/api/tunnel-devices", ok: 200 }),
    gql: () => ({ query: `{ viewer { tunnelDevices { nodes { id } totalCount } } }`, field: "viewer" }),
  },
  {
    name: "select the organisation",
    expect: { ...members(), platformAdmin: "FORBIDDEN" },
    rest: () => ({ method: "POST", path: `/api/organisations/${orgId}/select`, ok: 200 }),
    gql: () => ({
      query: `mutation($id: ID!) { selectOrganisation(input: { id: $id }) { organisation { id } userErrors { code } } }`,
      variables: { id: orgId },
      field: "selectOrganisation",
    }),
  },
  {
    name: "clear the active organisation",
    expect: anyoneSignedIn,
    rest: () => ({ method: "POST", path: "/api/organisations/deselect", ok: 200 }),
    gql: () => ({ query: `mutation { clearActiveOrganisation { viewer { id } userErrors { code } } }`, field: "clearActiveOrganisation" }),
  },
];

describe.each(operations)("$name", (operation) => {
  it.each(WHO)("as %s, through REST", async (who) => {
    const ids = (await operation.setup?.()) ?? {};
    const request = operation.rest(ids);
    const token = who === "anonymous" ? undefined : users[who].token;
    const response = await t.rest(request.method, request.path, { token, body: request.body });
    const outcome = operation.expect[who];
    if (outcome === "ok") expect(response.status, JSON.stringify(response.body)).toBe(request.ok);
    else expect(response).toMatchObject({ status: STATUS[outcome], body: { code: outcome } });
  });

  it.each(WHO)("as %s, through GraphQL", async (who) => {
    const ids = (await operation.setup?.()) ?? {};
    const { query, variables, field } = operation.gql(ids);
    const token = who === "anonymous" ? undefined : users[who].token;
    const response = await t.gql(query, variables, token);
    const outcome = operation.expect[who];
    if (field === "viewer" && who === "anonymous") {
      // `viewer` is public: an anonymous caller gets null rather than an error, and so sees nothing.
      expect(response.data.viewer).toBeNull();
      return;
    }
    if (outcome === "ok") {
      expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
      expect(response.data[field]).not.toBeNull();
      if (response.data[field]?.userErrors) expect(response.data[field].userErrors).toEqual([]);
    } else {
      expect(response.errors?.[0]?.extensions?.code).toBe(outcome);
    }
  });
});

describe("ids that are not ids", () => {
  it("are NOT_FOUND for everyone, platform admins included, never an internal error", async () => {
    for (const who of ["owner", "platformAdmin"] as const) {
      const token = users[who].token;
      const calls = [
        await t.rest("GET", "/api/organisations/not-an-id/servers", { token }),
        await t.rest("GET", "/api/organisations/not-an-id/nodes", { token }),
        await t.rest("GET", "/api/organisations/not-an-id/tunnel-devices", { token }),
        await t.rest("POST", "/api/organisations/not-an-id/tunnel-devices", { token, body: { name: "x" } }),
        await t.rest("POST", "/api/organisations/not-an-id/select", { token }),
        await t.rest("POST", "/api/servers", { token, body: { name: "x", organisationId: "not-an-id" } }),
        await t.rest("DELETE", "/api/servers/not-an-id", { token }),
        await t.rest("DELETE", "/api/tunnel-devices/not-an-id", { token }),
      ];
      for (const call of calls) expect(call, JSON.stringify(call.body)).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    }
    const badNode = await postServer(t, users.owner, { nodeId: "not-an-id" });
    expect(badNode).toMatchObject({ status: 404, body: { code: "NODE_NOT_AVAILABLE" } });
    const adminCalls = [
      await t.rest("PUT", "/api/nodes/not-an-id", { token: users.platformAdmin.token, body: { capacity: 1 } }),
      await t.rest("POST", "/api/nodes/not-an-id/assign-org", { token: users.platformAdmin.token, body: { organisationId: orgId } }),
      await t.rest("POST", `/api/nodes/${(await createNode(t)).id}/assign-org`, { token: users.platformAdmin.token, body: { organisationId: "x" } }),
    ];
    for (const call of adminCalls) expect(call).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
  });
});
