import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, organisationWithRoles } from "../helpers/factories.ts";
import { createNode, platformAdminOf, postServer, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // Plenty of shared room, so only the limits under test can refuse a server.
  await createNode(t, { capacity: 10_000 });
});
afterAll(() => t.close());

describe("the tier limit", () => {
  it("gives a free organisation exactly two of twenty simultaneous creates; the rest are TIER_LIMIT_REACHED naming the tier", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => postServer(t, owner, { name: `race-${i}`, organisationId: organisation.id })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(2);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(18);
    for (const response of refused) {
      expect(response.status).toBe(403);
      expect(response.body.code).toBe("TIER_LIMIT_REACHED");
      expect(response.body.error).toContain("Free Portal");
      expect(response.body.error).toContain("allows 2 servers");
    }
    const list = await t.rest("GET", `/api/organisations/${organisation.id}/servers`, { token: owner.token });
    expect(list.body).toHaveLength(2);
  });

  it.each([
    ["paid", 10, "Pro Portal"],
    ["educational", 3, "Educational Portal"],
  ] as const)("caps a %s organisation at %i servers", async (tier, limit, displayName) => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await setTier(t, organisation.id, tier);
    const responses = await Promise.all(
      Array.from({ length: limit + 3 }, () => postServer(t, owner, { organisationId: organisation.id })),
    );
    expect(responses.filter((r) => r.status === 201)).toHaveLength(limit);
    const refused = responses.find((r) => r.status === 403)!;
    expect(refused.body.error).toContain(displayName);
    const usage = await t.gql(
      `query($id: ID!) { organisation(id: $id) { usage { servers { used limit } } } }`,
      { id: organisation.id },
      owner.token,
    );
    expect(usage.data.organisation.usage.servers).toEqual({ used: limit, limit });
  });

  it("does not cap an enterprise organisation, and says so with a null limit", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await setTier(t, organisation.id, "enterprise");
    const responses = await Promise.all(Array.from({ length: 12 }, () => postServer(t, owner, { organisationId: organisation.id })));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const usage = await t.rest("GET", `/api/organisations/${organisation.id}/usage`, { token: owner.token });
    expect(usage.body).toEqual({ servers: { used: 12, limit: null } });
  });

  it("keeps existing servers after a downgrade below the count, but blocks new ones", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await setTier(t, organisation.id, "paid");
    for (let i = 0; i < 4; i++) expect((await postServer(t, owner, { organisationId: organisation.id })).status).toBe(201);
    await setTier(t, organisation.id, "free");

    const list = await t.rest("GET", `/api/organisations/${organisation.id}/servers`, { token: owner.token });
    expect(list.body).toHaveLength(4);
    const blocked = await postServer(t, owner, { organisationId: organisation.id });
    expect(blocked).toMatchObject({ status: 403, body: { code: "TIER_LIMIT_REACHED" } });
    const usage = await t.rest("GET", `/api/organisations/${organisation.id}/usage`, { token: owner.token });
    expect(usage.body).toEqual({ servers: { used: 4, limit: 2 } });

    // Deleting down to the limit is not enough; below it, creation works again.
    for (const server of list.body.slice(0, 3)) {
      expect((await t.rest("DELETE", `/api/servers/${server.id}`, { token: owner.token })).status).toBe(204);
    }
    expect((await postServer(t, owner, { organisationId: organisation.id })).status).toBe(201);
  });

  it("returns the limit as a userError through GraphQL, with the same code", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const create = `mutation($input: CreateServerInput!) { createServer(input: $input) { server { id organisationId } userErrors { code message } } }`;
    for (let i = 0; i < 2; i++) {
      const ok = await t.gql(create, { input: { name: `g${i}`, organisationId: organisation.id } }, owner.token);
      expect(ok.data.createServer.userErrors).toEqual([]);
    }
    const refused = await t.gql(create, { input: { name: "g3", organisationId: organisation.id } }, owner.token);
    expect(refused.errors).toBeUndefined();
    expect(refused.data.createServer).toEqual({
      server: null,
      userErrors: [{ code: "TIER_LIMIT_REACHED", message: expect.stringContaining("Free Portal") }],
    });
  });
});

describe("personal servers", () => {
  it("holds the personal limit (default 2) under twenty simultaneous creates", async () => {
    const ann = await createUser(t);
    const responses = await Promise.all(Array.from({ length: 20 }, () => postServer(t, ann, {})));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(2);
    expect(responses.filter((r) => r.status === 403).every((r) => r.body.code === "PERSONAL_SERVER_LIMIT_REACHED")).toBe(true);
    const created = responses.find((r) => r.status === 201)!.body;
    expect(created).toMatchObject({ organisationId: null, organisation: null, ownerId: ann.user.id, nodeId: expect.any(String) });
    expect(Object.keys(created)).toEqual(expect.arrayContaining(["id", "name", "organisationId", "nodeId", "createdAt"]));
  });

  it("lets only the owner delete a personal server; anyone else is told it does not exist", async () => {
    const ann = await createUser(t);
    const bob = await createUser(t);
    const server = (await postServer(t, ann, {})).body;
    expect(await t.rest("DELETE", `/api/servers/${server.id}`, { token: bob.token })).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect((await t.rest("DELETE", `/api/servers/${server.id}`, { token: ann.token })).status).toBe(204);
    expect((await t.rest("GET", "/api/servers", { token: ann.token })).body).toEqual([]);
  });

  it("rejects a blank name with INVALID_INPUT", async () => {
    const ann = await createUser(t);
    expect(await postServer(t, ann, { name: "   " })).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });
});

describe("GET /api/servers", () => {
  it("shows personal servers plus the active organisation's, each saying which organisation it belongs to", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const other = await createOrganisation(t, owner);
    const orgServer = (await postServer(t, owner, { name: "org-one", organisationId: organisation.id })).body;
    await postServer(t, owner, { name: "other-org", organisationId: other.id });
    const personal = (await postServer(t, member, { name: "mine" })).body;

    const before = await t.rest("GET", "/api/servers", { token: member.token });
    expect(before.body.map((s: any) => s.id)).toEqual([personal.id]);

    expect((await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: member.token })).status).toBe(200);
    const after = await t.rest("GET", "/api/servers", { token: member.token });
    expect(after.body).toEqual([
      expect.objectContaining({ id: orgServer.id, organisationId: organisation.id, organisation: expect.objectContaining({ id: organisation.id }) }),
      expect.objectContaining({ id: personal.id, organisationId: null, organisation: null }),
    ]);
    const viewer = await t.gql(`{ viewer { servers { nodes { id organisation { id } } } } }`, {}, member.token);
    expect(viewer.data.viewer.servers.nodes.map((s: any) => s.id).sort()).toEqual([orgServer.id, personal.id].sort());
  });
});

describe("the activity log", () => {
  it("records server creation and deletion in the organisation's activity", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const server = (await postServer(t, admin, { name: "logged", organisationId: organisation.id })).body;
    expect((await t.rest("DELETE", `/api/servers/${server.id}`, { token: owner.token })).status).toBe(204);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: owner.token });
    expect(activity.body.items.slice(0, 2)).toEqual([
      expect.objectContaining({ action: "server.deleted", actorId: owner.user.id, targetId: server.id, metadata: expect.objectContaining({ name: "logged" }) }),
      expect.objectContaining({ action: "server.created", actorId: admin.user.id, targetId: server.id }),
    ]);
  });
});

describe("node capacity", () => {
  // More in tests/rest/placement.test.ts, where the whole node pool is known.
  it("holds a requested node's capacity under simultaneous creates by different owners", async () => {
    // Every create has its own owner (half personal servers, half enterprise organisations' servers), so
    // no tier or personal limit lock serialises them: only the node's own lock can hold its capacity.
    const node = await createNode(t, { capacity: 3 });
    const creates = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const user = await createUser(t);
        if (i % 2) return { user, body: { nodeId: node.id } };
        const organisation = await createOrganisation(t, user);
        await setTier(t, organisation.id, "enterprise");
        return { user, body: { organisationId: organisation.id, nodeId: node.id } };
      }),
    );
    const responses = await Promise.all(creates.map(({ user, body }) => postServer(t, user, body)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(9);
    expect(refused.every((r) => r.status === 409 && r.body.code === "NODE_FULL")).toBe(true);
    const admin = await platformAdminOf(t);
    const nodes = await t.rest("GET", "/api/nodes", { token: admin.token });
    expect(nodes.body.find((n: any) => n.id === node.id)).toMatchObject({ capacity: 3, serverCount: 3 });
  });

  it("counts servers created at once by different managers against the one limit", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const extra = await createUser(t);
    await addMember(t, organisation.id, extra, "admin");
    const results = await Promise.all([owner, admin, extra].map((user) => postServer(t, user, { organisationId: organisation.id })));
    expect(results.filter((r) => r.status === 201)).toHaveLength(2);
  });
});
