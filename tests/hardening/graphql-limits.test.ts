/** GraphQL cost is bounded before execution: depth, aliases, directives, tokens and an estimate from page sizes. */
import { getIntrospectionQuery, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_QUERY } from "../../bench/page.ts";
import { costWithoutVariables, estimateCost } from "../../src/graphql/limits.ts";
import { buildSchema } from "../../src/graphql/schema.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";

let t: TestApp;
let owner: TestUser;
let organisationId: string;
beforeAll(async () => {
  // The mail worker's polls would count as statements: slowed right down here.
  t = await startTestApp({ MAIL_POLL_MS: "60000" });
  const people = await organisationWithRoles(t);
  owner = people.owner;
  organisationId = people.organisation.id;
});
afterAll(() => t.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe("GraphQL limits", () => {
  it("refuses ten thousand aliases while parsing, and forty in validation", async () => {
    const huge = `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: viewer { organisations { id } }`).join(" ")} }`;
    const parsed = await t.gql(huge, {}, owner.token);
    expect(parsed.status).toBe(400);
    expect(codeOf(parsed)).toBe("GRAPHQL_PARSE_FAILED");

    const forty = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: portalTiers { tier }`).join(" ")} }`;
    const validated = await t.gql(forty, {}, owner.token);
    expect(validated.status).toBe(400);
    expect(codeOf(validated)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(validated.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("refuses too many directives", async () => {
    const query = `{ viewer { email ${Array.from({ length: 30 }, () => "@include(if: true)").join(" ")} } }`;
    const response = await t.gql(query, {}, owner.token);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses nested pages whose estimated cost is over the limit, counting the variables", async () => {
    // Three times twenty organisations (assumed) × (100 members + 200 activity entries, each with a user): ~ 78,000.
    const organisations = (alias: string) => `${alias}: organisations { id
      members(first: $n) { nodes { role user { id email } } }
      activity(first: $m) { nodes { action actor { id email } } } }`;
    const nested = `query($n: Int, $m: Int) { viewer { ${["a", "b", "c"].map(organisations).join(" ")} } }`;
    const refused = await t.gql(nested, { n: 100, m: 200 }, owner.token);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe("QUERY_TOO_COMPLEX");
    expect(refused.errors?.[0]?.message).toMatch(/limit is 20000/);
    expect(refused.data).toBeUndefined();
    const small = await t.gql(nested, { n: 2, m: 2 }, owner.token);
    expect(small.errors).toBeUndefined();
  });

  it("costs each fragment once however often it is spread", async () => {
    // 150 spreads in each of four nested fragments: 150^4 (5 × 10^8) paths to walk one by one (a minute or
    // two of blocked CPU, past the test's timeout, though not a hang), five fragments to cost once each.
    // Priced either way at 150^4 viewer lookups.
    const level = (name: string, next: string) => `fragment ${name} on Query { ${Array.from({ length: 150 }, () => `...${next}`).join(" ")} }`;
    const levels = [0, 1, 2, 3].map((i) => level(`F${i}`, `F${i + 1}`)).join(" ");
    const query = `query { ...F0 } ${levels} fragment F4 on Query { viewer { id } }`;
    const refused = await t.gql(query, {}, owner.token);
    expect(refused.status).toBe(400);
    expect(codeOf(refused)).toBe("QUERY_TOO_COMPLEX");
    // With nothing but __typename at the bottom, the same shape costs nothing and runs.
    const harmless = await t.gql(query.replace("fragment F4 on Query { viewer { id } }", "fragment F4 on Query { __typename }"), {}, owner.token);
    expect(harmless.errors).toBeUndefined();
    expect(harmless.data).toEqual({ __typename: "Query" });
  });

  it("lets the organisation page and the playground's introspection through", async () => {
    const page = await t.gql(PAGE_QUERY, { id: organisationId }, owner.token);
    expect(page.errors).toBeUndefined();
    expect(page.data.organisation.id).toBe(organisationId);
    const introspection = await t.gql(getIntrospectionQuery(), {});
    expect(introspection.errors).toBeUndefined();
  });

  it("reads viewer.organisations in one batch however many times a document asks", async () => {
    const asks = (n: number) => `{ viewer { ${Array.from({ length: n }, (_, i) => `o${i}: organisations { id }`).join(" ")} } }`;
    // The least of three runs: a load landing in another I/O callback can split a batch on a busy machine.
    const count = async (query: string) => {
      let least = Infinity;
      for (let run = 0; run < 3; run++) {
        const before = t.statements();
        const response = await t.gql(query, {}, owner.token);
        expect(response.errors).toBeUndefined();
        least = Math.min(least, t.statements() - before);
      }
      return least;
    };
    expect(await count(asks(10))).toBe(await count(asks(1)));
  });
});

describe("the cost estimate, once per document where it can be", () => {
  it("is the same for every request when no variable sizes a list, and left to each request when one does", () => {
    const schema = buildSchema();
    const page = parse(PAGE_QUERY);
    // The bench's page asks by `$id` and for fixed page sizes: one estimate serves every request.
    expect(costWithoutVariables(schema, page)).toBe(estimateCost(schema, page, { id: organisationId }));
    expect(costWithoutVariables(schema, page)).toBeGreaterThan(50);
    const sized = parse("query Members($id: ID!, $first: Int) { organisation(id: $id) { members(first: $first) { nodes { id } } } }");
    expect(costWithoutVariables(schema, sized)).toBeNull();
    expect(estimateCost(schema, sized, { id: organisationId, first: 100 })).toBeGreaterThan(estimateCost(schema, sized, { id: organisationId, first: 2 }));
  });
});
