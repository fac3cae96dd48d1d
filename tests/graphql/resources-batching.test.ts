/** Lists of servers, nodes and tunnel devices cost the same number of statements however long they are. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";
import { createNode, postServer, setTier } from "../helpers/resources.ts";

let t: TestApp;
beforeAll(async () => {
  // The mail worker polls the database; slowed right down so it does not count in the totals.
  t = await startTestApp({ PERSONAL_SERVER_LIMIT: "20", MAIL_POLL_MS: "60000" });
  await createNode(t, { capacity: 10_000 });
});
afterAll(() => t.close());

const QUERY = `{
  viewer {
    servers { totalCount nodes { id organisation { id } node { id serverCount } createdBy { id } } }
    tunnelDevices { totalCount nodes { id createdBy { id } } }
    organisations {
      id
      usage { servers { used limit } }
      servers(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id node { id name serverCount dedicatedOrganisation { id } } createdBy { id } organisation { id } } } }
      nodes { id serverCount }
      tunnelDevices(first: 10) { totalCount nodes { id organisation { id } createdBy { id } } }
    }
  }
}`;

async function userWith(organisationCount: number): Promise<TestUser> {
  const user = await createUser(t);
  for (let i = 0; i < organisationCount; i++) {
    const organisation = await createOrganisation(t, user);
    await setTier(t, organisation.id, "enterprise");
    await createNode(t, { capacity: 5, dedicatedTo: organisation.id });
    for (let j = 0; j < 2; j++) {
      await postServer(t, user, { organisationId: organisation.id });
      await t.rest("POST", `/api/organisations/${organisation.id}/tunnel-devices`, { token: user.token, body: { name: `d${j}` } });
    }
    if (i === 0) await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: user.token });
  }
  for (let j = 0; j < organisationCount; j++) {
    await postServer(t, user, {});
    await t.rest("POST", "/api/tunnel-devices", { token: user.token, body: { name: `p${j}` } });
  }
  return user;
}

/**
 * The least of five runs: loads that land in different I/O callbacks on a busy machine can split one
 * batch into two, a cost bounded by the query's shape, never by the length of a list.
 */
async function statementsFor(user: TestUser, query = QUERY) {
  let best: { count: number; data: any } | undefined;
  for (let run = 0; run < 5; run++) {
    const before = t.statements();
    const response = await t.gql(query, {}, user.token);
    expect(response.errors).toBeUndefined();
    const count = t.statements() - before;
    if (!best || count < best.count) best = { count, data: response.data };
  }
  return best!;
}

describe("batching", () => {
  // From 2 on: with a single organisation, the active organisation's lists and the organisation's own
  // lists are one cached loader key, so that case costs fewer statements still.
  it("answers the viewer's whole tree in the same number of statements for 2 and 6 organisations", async () => {
    const small = await statementsFor(await userWith(2));
    const large = await statementsFor(await userWith(6));
    expect(large.data.viewer.organisations).toHaveLength(6);
    expect(large.data.viewer.organisations[5].servers.edges).toHaveLength(2);
    expect(large.data.viewer.organisations[5].servers.totalCount).toBe(2);
    expect(large.data.viewer.organisations[5].tunnelDevices.nodes).toHaveLength(2);
    // 6 personal servers plus the active (first) organisation's 2.
    expect(large.data.viewer.servers.nodes).toHaveLength(8);
    expect(large.data.viewer.servers.totalCount).toBe(8);
    expect(large.data.viewer.tunnelDevices.totalCount).toBe(8);
    // Three times the organisations, no more statements than the shape allows. The same tree costs 18 to 20
    // statements from run to run (on a busy machine, loads of one level can land in two ticks and make two
    // batches); a field loaded once per organisation would cost at least 4 more for the 4 more organisations.
    expect(large.count).toBeLessThanOrEqual(small.count + 2);
  });

  it("pages every organisation's servers, with their total, in the same number of statements for 2 and 4 organisations", async () => {
    const query = `{ viewer { organisations { servers(first: 5) { totalCount nodes { id node { name } } } } } }`;
    const small = await statementsFor(await userWith(2), query);
    const large = await statementsFor(await userWith(4), query);
    expect(large.data.viewer.organisations).toHaveLength(4);
    for (const organisation of large.data.viewer.organisations) {
      expect(organisation.servers).toMatchObject({ totalCount: 2, nodes: [expect.anything(), expect.anything()] });
    }
    expect(large.count).toBe(small.count);
  });

  it("answers the REST lists in the same number of statements however long they are", async () => {
    const count = async (user: TestUser, path: string) => {
      const before = t.statements();
      expect((await t.rest("GET", path, { token: user.token })).status).toBe(200);
      return t.statements() - before;
    };
    const [small, large] = [await userWith(2), await userWith(4)];
    expect(await count(large, "/api/servers")).toBe(await count(small, "/api/servers"));
    expect(await count(large, "/api/tunnel-devices")).toBe(await count(small, "/api/tunnel-devices"));
    expect(await count(large, "/api/nodes")).toBe(await count(small, "/api/nodes"));
  });
});
