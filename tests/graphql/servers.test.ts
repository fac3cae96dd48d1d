/** Servers and tunnel devices as connections: oldest first, opaque keyset cursors, a total count. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";
import { createNode, postServer, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ PERSONAL_SERVER_LIMIT: "20" });
  await createNode(t, { capacity: 10_000 });
});
afterAll(() => t.close());

const PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } nodes { id }`;
const organisationServers = `query($id: ID!, $first: Int, $after: String) {
  organisation(id: $id) { servers(first: $first, after: $after) { ${PAGE} } }
}`;
const viewerServers = `query($first: Int, $after: String) { viewer { servers(first: $first, after: $after) { ${PAGE} } } }`;

async function serverNamed(user: TestUser, name: string, organisationId?: string): Promise<{ id: string; name: string }> {
  const response = await postServer(t, user, { name, ...(organisationId ? { organisationId } : {}) });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return { id: response.body.id, name };
}

/** Follows `endCursor` with `first: 2` until `hasNextPage` is false; returns every page. */
async function allPages(query: string, variables: Record<string, unknown>, token: string, pick: (data: any) => any) {
  const pages: any[] = [];
  let after: string | null = null;
  do {
    const response = await t.gql(query, { ...variables, first: 2, after }, token);
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const page = pick(response.data);
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after && pages.length < 10);
  return pages;
}

describe("an organisation's servers", () => {
  it("pages through them oldest first with `first: 2` until there are no more", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await setTier(t, organisation.id, "enterprise");
    const created = [];
    for (const name of ["alpha", "bravo", "charlie", "delta", "echo"]) created.push(await serverNamed(owner, name, organisation.id));

    const pages = await allPages(organisationServers, { id: organisation.id }, owner.token, (data) => data.organisation.servers);
    expect(pages).toHaveLength(3);
    expect(pages.map((page) => page.edges.map((edge: any) => edge.node.name))).toEqual([["alpha", "bravo"], ["charlie", "delta"], ["echo"]]);
    expect(pages.flatMap((page) => page.nodes)).toEqual(created.map(({ id }) => ({ id })));
    for (const page of pages) {
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
    }
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);
    // Opaque: a cursor is not the id.
    expect(pages[0].edges[0].cursor).not.toContain(created[0]!.id);

    const everything = await t.gql(organisationServers, { id: organisation.id }, owner.token);
    expect(everything.data.organisation.servers.nodes).toHaveLength(5);
    expect(everything.data.organisation.servers.pageInfo.hasNextPage).toBe(false);
  });

  it("rejects a cursor the API did not issue, and a page size out of range, as INVALID_INPUT", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await serverNamed(owner, "only", organisation.id);
    for (const after of ["not-a-cursor", Buffer.from("c:not-a-uuid").toString("base64url"), "MTIz"]) {
      const response = await t.gql(organisationServers, { id: organisation.id, first: 2, after }, owner.token);
      expect(response.errors?.[0]?.extensions?.code, after).toBe("INVALID_INPUT");
    }
    for (const first of [0, 101]) {
      const response = await t.gql(organisationServers, { id: organisation.id, first }, owner.token);
      expect(response.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
    }
  });

  it("stays hidden from someone outside the organisation, whatever the page", async () => {
    const owner = await createUser(t);
    const outsider = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const response = await t.gql(organisationServers, { id: organisation.id, first: 1 }, outsider.token);
    expect(response.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the viewer's servers", () => {
  it("pages over personal servers and the active organisation's as one list, oldest first", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await setTier(t, organisation.id, "enterprise");
    expect((await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: owner.token })).status).toBe(200);
    const created = [
      await serverNamed(owner, "mine-1"),
      await serverNamed(owner, "org-1", organisation.id),
      await serverNamed(owner, "org-2", organisation.id),
      await serverNamed(owner, "mine-2"),
      await serverNamed(owner, "org-3", organisation.id),
    ];
    // Another organisation's servers are not in the default view.
    const other = await createOrganisation(t, owner);
    await serverNamed(owner, "elsewhere", other.id);

    const pages = await allPages(viewerServers, {}, owner.token, (data) => data.viewer.servers);
    expect(pages.map((page) => page.edges.map((edge: any) => edge.node.name))).toEqual([["mine-1", "org-1"], ["org-2", "mine-2"], ["org-3"]]);
    expect(pages.flatMap((page) => page.nodes)).toEqual(created.map(({ id }) => ({ id })));
    expect(pages.map((page) => page.totalCount)).toEqual([5, 5, 5]);
    expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual([true, true, false]);

    const bad = await t.gql(viewerServers, { first: 2, after: "bm90LWEtY3Vyc29y" }, owner.token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
  });
});

describe("tunnel devices", () => {
  const DEVICE_PAGE = `totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } }`;

  it("page the organisation's, and the viewer's personal plus active organisation's, oldest first", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const device = async (name: string, organisationId?: string) => {
      const path = organisationId ? `/api/organisations/${organisationId}/tunnel-devices` : "/api/tunnel-devices";
      const response = await t.rest("POST", path, { token: owner.token, body: { name } });
      expect(response.status).toBe(201);
      return name;
    };
    await device("org-a", organisation.id);
    await device("mine-a");
    await device("org-b", organisation.id);
    await device("org-c", organisation.id);
    await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: owner.token });

    const ofOrganisation = await allPages(
      `query($id: ID!, $first: Int, $after: String) { organisation(id: $id) { tunnelDevices(first: $first, after: $after) { ${DEVICE_PAGE} } } }`,
      { id: organisation.id },
      owner.token,
      (data) => data.organisation.tunnelDevices,
    );
    expect(ofOrganisation.map((page) => page.edges.map((edge: any) => edge.node.name))).toEqual([["org-a", "org-b"], ["org-c"]]);
    expect(ofOrganisation.map((page) => page.totalCount)).toEqual([3, 3]);

    const ofViewer = await allPages(
      `query($first: Int, $after: String) { viewer { tunnelDevices(first: $first, after: $after) { ${DEVICE_PAGE} } } }`,
      {},
      owner.token,
      (data) => data.viewer.tunnelDevices,
    );
    expect(ofViewer.map((page) => page.edges.map((edge: any) => edge.node.name))).toEqual([["org-a", "mine-a"], ["org-b", "org-c"]]);
    expect(ofViewer.map((page) => page.totalCount)).toEqual([4, 4]);
    expect(ofViewer.at(-1).pageInfo.hasNextPage).toBe(false);
  });
});
