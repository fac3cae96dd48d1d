/**
 * Where servers land. Each story empties the node pool first, so it knows every node there is.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles } from "../helpers/factories.ts";
import { clearNodesAndServers, createNode, platformAdminOf, postServer, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PERSONAL_SERVER_LIMIT: "50" });
});
afterAll(() => t.close());
beforeEach(() => clearNodesAndServers(t));

async function enterpriseOrganisation() {
  const roles = await organisationWithRoles(t);
  await setTier(t, roles.organisation.id, "enterprise");
  return roles;
}

describe("placement without a requested node", () => {
  it("puts an enterprise organisation's servers on its dedicated nodes with room first, then the shared node with the most room", async () => {
    const { organisation, owner } = await enterpriseOrganisation();
    const small = await createNode(t, { capacity: 5 });
    const roomy = await createNode(t, { capacity: 50 });
    const dedicated = await createNode(t, { capacity: 2, dedicatedTo: organisation.id });

    const placed = [];
    for (let i = 0; i < 4; i++) placed.push((await postServer(t, owner, { organisationId: organisation.id })).body.nodeId);
    expect(placed).toEqual([dedicated.id, dedicated.id, roomy.id, roomy.id]);
    expect(placed).not.toContain(small.id);
  });

  it("puts personal servers and other organisations' servers on the shared node with the most room, never on a dedicated node", async () => {
    const { organisation } = await enterpriseOrganisation();
    await createNode(t, { capacity: 100, dedicatedTo: organisation.id });
    const a = await createNode(t, { capacity: 3 });
    const b = await createNode(t, { capacity: 4 });
    const ann = await createUser(t);
    const nodeIds = [];
    for (let i = 0; i < 7; i++) nodeIds.push((await postServer(t, ann, {})).body.nodeId);
    // b has the most room first; ties go to the older node (a).
    expect(nodeIds).toEqual([b.id, a.id, b.id, a.id, b.id, a.id, b.id]);
    expect(await postServer(t, ann, {})).toMatchObject({ status: 409, body: { code: "NO_CAPACITY" } });
  });

  it("answers NO_CAPACITY when no node has room, through REST and GraphQL alike", async () => {
    const ann = await createUser(t);
    await createNode(t, { capacity: 0 });
    const rest = await postServer(t, ann, {});
    expect(rest).toMatchObject({ status: 409, body: { code: "NO_CAPACITY" } });
    const gql = await t.gql(
      `mutation { createServer(input: { name: "x" }) { server { id } userErrors { code message } } }`,
      {},
      ann.token,
    );
    expect(gql.data.createServer).toEqual({ server: null, userErrors: [{ code: "NO_CAPACITY", message: rest.body.error }] });
  });

  it("holds capacity when many place at once on the last free slots", async () => {
    const users = await Promise.all(Array.from({ length: 10 }, () => createUser(t)));
    await createNode(t, { capacity: 2 });
    await createNode(t, { capacity: 1 });
    const responses = await Promise.all(users.map((user) => postServer(t, user, {})));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(responses.filter((r) => r.status === 409).every((r) => r.body.code === "NO_CAPACITY")).toBe(true);
  });
});

describe("a requested node", () => {
  it("is used when it is shared and has room; NODE_FULL when it has none", async () => {
    const ann = await createUser(t);
    const node = await createNode(t, { capacity: 1 });
    await createNode(t, { capacity: 10 });
    expect((await postServer(t, ann, { nodeId: node.id })).body.nodeId).toBe(node.id);
    expect(await postServer(t, ann, { nodeId: node.id })).toMatchObject({ status: 409, body: { code: "NODE_FULL" } });
  });

  it("can be the organisation's own dedicated node", async () => {
    const { organisation, admin } = await enterpriseOrganisation();
    const node = await createNode(t, { capacity: 1, dedicatedTo: organisation.id });
    const response = await postServer(t, admin, { organisationId: organisation.id, nodeId: node.id });
    expect(response).toMatchObject({ status: 201, body: { nodeId: node.id } });
  });

  it("can never be another organisation's dedicated node, for a non-member, another organisation or a personal server", async () => {
    const { organisation, owner, outsider } = await enterpriseOrganisation();
    const dedicated = await createNode(t, { capacity: 100, dedicatedTo: organisation.id });
    await createNode(t, { capacity: 100 });
    const otherOrganisation = await createOrganisation(t, outsider);
    await setTier(t, otherOrganisation.id, "enterprise");
    const missing = "00000000-0000-7000-8000-000000000000";

    const attempts = [
      await postServer(t, outsider, { nodeId: dedicated.id }),
      await postServer(t, outsider, { organisationId: otherOrganisation.id, nodeId: dedicated.id }),
      // Even the organisation's owner cannot put a personal server there.
      await postServer(t, owner, { nodeId: dedicated.id }),
    ];
    const unknown = await postServer(t, outsider, { nodeId: missing });
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({ status: 404, body: { code: "NODE_NOT_AVAILABLE" } });
      // The same answer as for a node that does not exist: outsiders learn nothing.
      expect(attempt.body).toEqual(unknown.body);
    }
    // And automatic placement never picks it either.
    for (let i = 0; i < 5; i++) {
      expect((await postServer(t, outsider, { organisationId: otherOrganisation.id })).body.nodeId).not.toBe(dedicated.id);
      expect((await postServer(t, outsider, {})).body.nodeId).not.toBe(dedicated.id);
    }
    const onDedicated = await t.rest("GET", `/api/organisations/${organisation.id}/nodes`, { token: owner.token });
    expect(onDedicated.body).toEqual([expect.objectContaining({ id: dedicated.id, serverCount: 0 })]);
  });

  it("stays with its organisation after the node returns to the pool, and then anyone may use the node", async () => {
    const { organisation, owner } = await enterpriseOrganisation();
    const node = await createNode(t, { capacity: 3, dedicatedTo: organisation.id });
    const server = (await postServer(t, owner, { organisationId: organisation.id, nodeId: node.id })).body;
    const admin = await platformAdminOf(t);
    const unassigned = await t.rest("POST", `/api/nodes/${node.id}/unassign-org`, { token: admin.token });
    expect(unassigned.body).toMatchObject({ dedicatedOrganisationId: null, serverCount: 1 });
    const ann = await createUser(t);
    expect((await postServer(t, ann, { nodeId: node.id })).status).toBe(201);
    const servers = await t.rest("GET", `/api/organisations/${organisation.id}/servers`, { token: owner.token });
    expect(servers.body).toEqual([expect.objectContaining({ id: server.id, nodeId: node.id })]);
  });
});
