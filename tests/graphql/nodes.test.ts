import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { createNode, platformAdminOf, postServer, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const NODE_FIELDS = `id name location capacity serverCount dedicated fqdn dedicatedOrganisation { id }`;
const createMutation = `mutation($input: CreateNodeInput!) { createNode(input: $input) { node { ${NODE_FIELDS} } userErrors { code field } } }`;
const nodeInput = (extra: Record<string, unknown> = {}) => ({
  name: "Frankfurt 1",
  fqdn: `${unique("fra")}.example.com`,
  location: "Frankfurt",
  capacity: 20,
  ...extra,
});

describe("node management", () => {
  it("lets a platform admin create, change and delete a node, and agrees with REST", async () => {
    const admin = await platformAdminOf(t);
    const created = await t.gql(createMutation, { input: nodeInput({ fqdn: "Node-A.Example.com." }) }, admin.token);
    expect(created.data.createNode).toMatchObject({
      node: { name: "Frankfurt 1", fqdn: "node-a.example.com", capacity: 20, serverCount: 0, dedicated: false, dedicatedOrganisation: null },
      userErrors: [],
    });
    const id = created.data.createNode.node.id;

    const updated = await t.gql(
      `mutation($input: UpdateNodeInput!) { updateNode(input: $input) { node { id name capacity location } userErrors { code } } }`,
      { input: { id, name: "Frankfurt One", capacity: 40 } },
      admin.token,
    );
    expect(updated.data.updateNode.node).toEqual({ id, name: "Frankfurt One", capacity: 40, location: "Frankfurt" });

    const rest = await t.rest("GET", "/api/nodes", { token: admin.token });
    expect(rest.body.find((node: any) => node.id === id)).toMatchObject({
      id,
      name: "Frankfurt One",
      fqdn: "node-a.example.com",
      capacity: 40,
      serverCount: 0,
      dedicatedOrganisationId: null,
    });

    const deleted = await t.gql(`mutation($id: ID!) { deleteNode(input: { id: $id }) { deletedNodeId userErrors { code } } }`, { id }, admin.token);
    expect(deleted.data.deleteNode).toEqual({ deletedNodeId: id, userErrors: [] });
    expect((await t.rest("DELETE", `/api/nodes/${id}`, { token: admin.token })).status).toBe(404);
  });

  it("refuses bad input and a taken address as userErrors", async () => {
    const admin = await platformAdminOf(t);
    const fqdn = `${unique("dup")}.example.com`;
    await t.gql(createMutation, { input: nodeInput({ fqdn }) }, admin.token);
    const taken = await t.gql(createMutation, { input: nodeInput({ fqdn }) }, admin.token);
    expect(taken.data.createNode.userErrors).toEqual([{ code: "NODE_FQDN_TAKEN", field: "fqdn" }]);
    const negative = await t.gql(createMutation, { input: nodeInput({ capacity: -1 }) }, admin.token);
    expect(negative.data.createNode.userErrors).toEqual([{ code: "INVALID_INPUT", field: "capacity" }]);
    const badHost = await t.rest("POST", "/api/nodes", { token: admin.token, body: nodeInput({ fqdn: "not a host" }) });
    expect(badHost).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });

  it("refuses to delete a node that holds servers", async () => {
    const admin = await platformAdminOf(t);
    const ann = await createUser(t);
    const node = await createNode(t, { capacity: 5 });
    await postServer(t, ann, { nodeId: node.id });
    const response = await t.rest("DELETE", `/api/nodes/${node.id}`, { token: admin.token });
    expect(response).toMatchObject({ status: 409, body: { code: "NODE_IN_USE" } });
  });

  it("keeps servers on a node whose capacity is lowered below its count, and takes no more", async () => {
    const admin = await platformAdminOf(t);
    const ann = await createUser(t);
    const node = await createNode(t, { capacity: 5 });
    await postServer(t, ann, { nodeId: node.id });
    await postServer(t, ann, { nodeId: node.id });
    const lowered = await t.rest("PUT", `/api/nodes/${node.id}`, { token: admin.token, body: { capacity: 1 } });
    expect(lowered.body).toMatchObject({ capacity: 1, serverCount: 2 });
    const bob = await createUser(t);
    expect(await postServer(t, bob, { nodeId: node.id })).toMatchObject({ status: 409, body: { code: "NODE_FULL" } });
  });
});

describe("dedicated nodes", () => {
  const assign = `mutation($input: AssignNodeToOrganisationInput!) { assignNodeToOrganisation(input: $input) { node { id dedicated dedicatedOrganisation { id } } userErrors { code field } } }`;

  it("assigns only to enterprise organisations and records assignment and unassignment in the activity", async () => {
    const admin = await platformAdminOf(t);
    const { organisation, owner } = await organisationWithRoles(t);
    const node = await createNode(t);

    const refused = await t.gql(assign, { input: { nodeId: node.id, organisationId: organisation.id } }, admin.token);
    expect(refused.data.assignNodeToOrganisation.userErrors).toEqual([{ code: "ORGANISATION_NOT_ENTERPRISE", field: "organisationId" }]);
    const missing = await t.rest("POST", `/api/nodes/${node.id}/assign-org`, {
      token: admin.token,
      body: { organisationId: "00000000-0000-7000-8000-000000000000" },
    });
    expect(missing).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });

    await setTier(t, organisation.id, "enterprise");
    const assigned = await t.gql(assign, { input: { nodeId: node.id, organisationId: organisation.id } }, admin.token);
    expect(assigned.data.assignNodeToOrganisation).toEqual({
      node: { id: node.id, dedicated: true, dedicatedOrganisation: { id: organisation.id } },
      userErrors: [],
    });
    const unassigned = await t.gql(
      `mutation($id: ID!) { unassignNode(input: { nodeId: $id }) { node { dedicated } userErrors { code } } }`,
      { id: node.id },
      admin.token,
    );
    expect(unassigned.data.unassignNode).toEqual({ node: { dedicated: false }, userErrors: [] });

    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: owner.token });
    expect(activity.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({ action: "node.unassigned", actorId: admin.user.id, targetId: node.id }),
      expect.objectContaining({ action: "node.assigned", actorId: admin.user.id, targetId: node.id }),
    ]);
  });

  it("will not dedicate a node that holds others' servers, nor one dedicated elsewhere", async () => {
    const admin = await platformAdminOf(t);
    const [a, b] = [await createUser(t), await createUser(t)];
    const [orgA, orgB] = [await createOrganisation(t, a), await createOrganisation(t, b)];
    await setTier(t, orgA.id, "enterprise");
    await setTier(t, orgB.id, "enterprise");
    const busy = await createNode(t);
    await postServer(t, b, { nodeId: busy.id });
    const inUse = await t.rest("POST", `/api/nodes/${busy.id}/assign-org`, { token: admin.token, body: { organisationId: orgA.id } });
    expect(inUse).toMatchObject({ status: 409, body: { code: "NODE_IN_USE" } });

    const taken = await createNode(t, { dedicatedTo: orgA.id });
    const again = await t.rest("POST", `/api/nodes/${taken.id}/assign-org`, { token: admin.token, body: { organisationId: orgB.id } });
    expect(again).toMatchObject({ status: 409, body: { code: "NODE_ALREADY_ASSIGNED" } });
  });

  it("shows members the organisation's dedicated nodes without internal fields, the same through REST and GraphQL", async () => {
    const { organisation, member } = await organisationWithRoles(t);
    await setTier(t, organisation.id, "enterprise");
    const node = await createNode(t, { capacity: 7, dedicatedTo: organisation.id, location: "Helsinki" });
    const rest = await t.rest("GET", `/api/organisations/${organisation.id}/nodes`, { token: member.token });
    expect(rest.body).toEqual([
      {
        id: node.id,
        name: node.name,
        location: "Helsinki",
        capacity: 7,
        serverCount: 0,
        dedicatedOrganisationId: organisation.id,
        createdAt: expect.any(String),
      },
    ]);
    const gql = await t.gql(
      `query($id: ID!) { organisation(id: $id) { nodes { id name location capacity serverCount fqdn createdAt } } }`,
      { id: organisation.id },
      member.token,
    );
    const { dedicatedOrganisationId, ...shared } = rest.body[0];
    expect(dedicatedOrganisationId).toBe(organisation.id);
    expect(gql.data.organisation.nodes).toEqual([{ ...shared, fqdn: null }]);
  });

  it("lists for an ordinary user the shared pool and their organisations' dedicated nodes only", async () => {
    const { organisation, member, outsider } = await organisationWithRoles(t);
    await setTier(t, organisation.id, "enterprise");
    const dedicated = await createNode(t, { dedicatedTo: organisation.id });
    const shared = await createNode(t);
    const idsFor = async (token: string) => (await t.gql(`{ nodes { id fqdn } }`, {}, token)).data.nodes;
    const memberNodes = await idsFor(member.token);
    const outsiderNodes = await idsFor(outsider.token);
    expect(memberNodes.map((n: any) => n.id)).toEqual(expect.arrayContaining([dedicated.id, shared.id]));
    expect(outsiderNodes.map((n: any) => n.id)).toContain(shared.id);
    expect(outsiderNodes.map((n: any) => n.id)).not.toContain(dedicated.id);
    expect([...memberNodes, ...outsiderNodes].every((n: any) => n.fqdn === null)).toBe(true);
    const rest = await t.rest("GET", "/api/nodes", { token: outsider.token });
    expect(rest.body.every((n: any) => !("fqdn" in n))).toBe(true);
  });

  it("returns a deleted organisation's dedicated nodes to the shared pool", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    await setTier(t, organisation.id, "enterprise");
    const node = await createNode(t, { dedicatedTo: organisation.id });
    expect((await t.rest("DELETE", `/api/organisations/${organisation.id}`, { token: owner.token })).status).toBe(204);
    const admin = await platformAdminOf(t);
    const all = await t.rest("GET", "/api/nodes", { token: admin.token });
    expect(all.body.find((n: any) => n.id === node.id)).toMatchObject({ dedicatedOrganisationId: null });
  });
});
