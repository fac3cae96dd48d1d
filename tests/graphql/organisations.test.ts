import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const CREATE = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    organisation { id name handle ownerId portalTier portalTierInfo { displayName maxServers } viewerRole memberCount owner { email } avatarUrl }
    userErrors { code message field }
  }
}`;
const UPDATE = `mutation ($input: UpdateOrganisationInput!) {
  updateOrganisation(input: $input) { organisation { id name portalTier } userErrors { code field } }
}`;
const DELETE = `mutation ($id: ID!) { deleteOrganisation(input: { id: $id }) { deletedOrganisationId userErrors { code } } }`;

describe("createOrganisation", () => {
  it("creates a free organisation owned by the viewer", async () => {
    const ann = await createUser(t);
    const handle = unique("guild");
    const { data, errors } = await t.gql(CREATE, { input: { name: "Guild", handle } }, ann.token);
    expect(errors).toBeUndefined();
    expect(data.createOrganisation).toEqual({
      organisation: expect.objectContaining({
        name: "Guild",
        handle,
        ownerId: ann.user.id,
        portalTier: "FREE",
        portalTierInfo: { displayName: "Free Portal", maxServers: 2 },
        viewerRole: "OWNER",
        memberCount: 1,
        owner: { email: ann.email },
        avatarUrl: null,
      }),
      userErrors: [],
    });
  });

  it("returns HANDLE_TAKEN and INVALID_INPUT as userErrors", async () => {
    const ann = await createUser(t);
    const existing = await createOrganisation(t, ann);
    const taken = await t.gql(CREATE, { input: { name: "Again", handle: existing.handle } }, ann.token);
    expect(taken.data.createOrganisation).toEqual({
      organisation: null,
      userErrors: [{ code: "HANDLE_TAKEN", message: expect.any(String), field: "handle" }],
    });
    const blank = await t.gql(CREATE, { input: { name: "   ", handle: unique("ok") } }, ann.token);
    expect(blank.data.createOrganisation.userErrors).toEqual([{ code: "INVALID_INPUT", message: expect.any(String), field: "name" }]);
  });

  it("refuses anonymous callers with UNAUTHENTICATED", async () => {
    const { data, errors } = await t.gql(CREATE, { input: { name: "X", handle: unique("anon") } });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("reading organisations", () => {
  it("lists the viewer's organisations with role and member count", async () => {
    const { organisation, member } = await organisationWithRoles(t);
    const { data } = await t.gql(`{ viewer { organisations { id viewerRole memberCount } } }`, {}, member.token);
    expect(data.viewer.organisations).toEqual([{ id: organisation.id, viewerRole: "MEMBER", memberCount: 3 }]);
  });

  it("finds an organisation by id and by handle for members, and NOT_FOUND for everyone else", async () => {
    const { organisation, admin, outsider } = await organisationWithRoles(t);
    const byHandle = await t.gql(`query ($h: String!) { organisationByHandle(handle: $h) { id } }`, { h: organisation.handle }, admin.token);
    expect(byHandle.data.organisationByHandle.id).toBe(organisation.id);
    for (const query of [
      [`query ($id: ID!) { organisation(id: $id) { id name } }`, { id: organisation.id }],
      [`query ($h: String!) { organisationByHandle(handle: $h) { id name } }`, { h: organisation.handle }],
      [`query ($id: ID!) { organisation(id: $id) { id name } }`, { id: "00000000-0000-7000-8000-000000000000" }],
      [`query ($id: ID!) { organisation(id: $id) { id name } }`, { id: "not-a-uuid" }],
    ] as const) {
      const { data, errors } = await t.gql(query[0], query[1], outsider.token);
      expect(data).toBeNull();
      expect(errors).toEqual([expect.objectContaining({ message: "Organisation not found.", extensions: { code: "NOT_FOUND" } })]);
    }
  });

  it("pages members with opaque cursors and a total count", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const page = (after?: string) =>
      t.gql(
        `query ($id: ID!, $after: String) { organisation(id: $id) { members(first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { role user { email } } } } } }`,
        { id: organisation.id, after },
        owner.token,
      );
    const first = (await page()).data.organisation.members;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.role)).toEqual(["OWNER", "ADMIN"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await page(first.pageInfo.endCursor)).data.organisation.members;
    expect(second.edges.map((e: any) => e.node.role)).toEqual(["MEMBER"]);
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: second.edges[0].cursor });
    const bad = await t.gql(`query ($id: ID!) { organisation(id: $id) { members(first: 500) { totalCount } } }`, { id: organisation.id }, owner.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
  });

  it("shows the log's client addresses to owners, admins and platform admins on every entry, and to members on none", async () => {
    const { organisation, owner, admin, member, platformAdmin } = await organisationWithRoles(t);
    for (const name of ["One", "Two", "Three"]) {
      expect((await t.gql(UPDATE, { input: { id: organisation.id, name } }, owner.token)).data.updateOrganisation.userErrors).toEqual([]);
    }
    // The page reads the viewer's membership first (the log's addresses are then decided at once); the viewer's
    // list of organisations reads it as the entries ask. Each asked twice: the second answer goes the known
    // query's short way (known-queries.ts).
    const page = `query ($id: ID!) { organisation(id: $id) { activity(first: 10) { nodes { action ip } } } }`;
    const list = `{ viewer { organisations { id activity(first: 10) { nodes { action ip } } } } }`;
    for (const [viewer, sees] of [[owner, true], [admin, true], [member, false], [platformAdmin, true]] as const) {
      for (let time = 0; time < 2; time++) {
        const { data, errors } = await t.gql(page, { id: organisation.id }, viewer.token);
        expect(errors).toBeUndefined();
        const entries = data.organisation.activity.nodes;
        expect(entries.length).toBeGreaterThanOrEqual(4);
        for (const entry of entries) expect(entry.ip === null).toBe(!sees);
        if (viewer === platformAdmin) continue;
        const listed = (await t.gql(list, {}, viewer.token)).data.viewer.organisations.find((o: any) => o.id === organisation.id);
        expect(listed.activity.nodes.map((entry: any) => entry.ip === null)).toEqual(entries.map(() => !sees));
      }
    }
  });

  it("lists the portal tiers without signing in", async () => {
    const { data } = await t.gql(`{ portalTiers { tier displayName maxServers } }`);
    expect(data.portalTiers).toEqual([
      { tier: "FREE", displayName: "Free Portal", maxServers: 2 },
      { tier: "PAID", displayName: "Pro Portal", maxServers: 10 },
      { tier: "EDUCATIONAL", displayName: "Educational Portal", maxServers: 3 },
      { tier: "ENTERPRISE", displayName: "Enterprise Portal", maxServers: null },
    ]);
  });

  it("answers handleAvailable", async () => {
    const ann = await createUser(t);
    const organisation = await createOrganisation(t, ann);
    const q = `query ($h: String!) { handleAvailable(handle: $h) }`;
    expect((await t.gql(q, { h: organisation.handle }, ann.token)).data.handleAvailable).toBe(false);
    expect((await t.gql(q, { h: "api" }, ann.token)).data.handleAvailable).toBe(false);
    expect((await t.gql(q, { h: unique("free") }, ann.token)).data.handleAvailable).toBe(true);
  });
});

describe("updateOrganisation and deleteOrganisation", () => {
  it("lets an admin rename, records it, and ignores a no-op", async () => {
    const { organisation, admin, owner } = await organisationWithRoles(t);
    const renamed = await t.gql(UPDATE, { input: { id: organisation.id, name: "Renamed" } }, admin.token);
    expect(renamed.data.updateOrganisation).toEqual({ organisation: { id: organisation.id, name: "Renamed", portalTier: "FREE" }, userErrors: [] });
    await t.gql(UPDATE, { input: { id: organisation.id, name: "Renamed" } }, admin.token);
    const log = await t.gql(
      `query ($id: ID!) { organisation(id: $id) { activity(action: "organisation.renamed") { totalCount nodes { metadata actor { email } } } } }`,
      { id: organisation.id },
      owner.token,
    );
    expect(log.data.organisation.activity).toEqual({
      totalCount: 1,
      nodes: [{ metadata: { from: "Test Org", to: "Renamed" }, actor: { email: admin.email } }],
    });
  });

  it("lets only a platform admin change the tier", async () => {
    const { organisation, owner, platformAdmin } = await organisationWithRoles(t);
    const asOwner = await t.gql(UPDATE, { input: { id: organisation.id, portalTier: "ENTERPRISE" } }, owner.token);
    expect(asOwner.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asAdmin = await t.gql(UPDATE, { input: { id: organisation.id, portalTier: "ENTERPRISE" } }, platformAdmin.token);
    expect(asAdmin.data.updateOrganisation.organisation.portalTier).toBe("ENTERPRISE");
    const log = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=organisation.tier_changed`, { token: owner.token });
    expect(log.body.items).toEqual([expect.objectContaining({ metadata: { from: "free", to: "enterprise" }, actorId: platformAdmin.user.id })]);
  });

  it("deletes an organisation with its memberships and activity, for the owner only", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const asAdmin = await t.gql(DELETE, { id: organisation.id }, admin.token);
    expect(asAdmin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asOwner = await t.gql(DELETE, { id: organisation.id }, owner.token);
    expect(asOwner.data.deleteOrganisation).toEqual({ deletedOrganisationId: organisation.id, userErrors: [] });
    expect((await t.rest("GET", `/api/organisations/${organisation.id}`, { token: owner.token })).status).toBe(404);
    expect((await t.rest("GET", "/api/organisations", { token: member.token })).body).toEqual([]);
  });
});
