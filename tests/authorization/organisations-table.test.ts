/**
 * The authorization table for the organisations core: every operation, for each kind of caller, through
 * GraphQL and through REST, gives exactly the documented outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";

type Caller = "owner" | "admin" | "member" | "outsider" | "platformAdmin" | "anonymous";
type Outcome = "ok" | 401 | 403 | 404;
const CALLERS: Caller[] = ["owner", "admin", "member", "outsider", "platformAdmin", "anonymous"];
const GRAPHQL_CODES = { 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 404: "NOT_FOUND" } as const;

type Operation = {
  name: string;
  expected: Record<Caller, Outcome>;
  rest: (id: string) => { method: string; path: string; body?: unknown };
  graphql: (id: string) => { query: string; variables: Record<string, unknown> };
};

const readers: Record<Caller, Outcome> = { owner: "ok", admin: "ok", member: "ok", outsider: 404, platformAdmin: "ok", anonymous: 401 };

const OPERATIONS: Operation[] = [
  {
    name: "read the organisation",
    expected: readers,
    rest: (id) => ({ method: "GET", path: `/api/organisations/${id}` }),
    graphql: (id) => ({ query: `query ($id: ID!) { organisation(id: $id) { id } }`, variables: { id } }),
  },
  {
    name: "list members",
    expected: readers,
    rest: (id) => ({ method: "GET", path: `/api/organisations/${id}/users` }),
    graphql: (id) => ({ query: `query ($id: ID!) { organisation(id: $id) { members { totalCount } } }`, variables: { id } }),
  },
  {
    name: "read the activity log",
    expected: readers,
    rest: (id) => ({ method: "GET", path: `/api/organisations/${id}/activity` }),
    graphql: (id) => ({ query: `query ($id: ID!) { organisation(id: $id) { activity { totalCount } } }`, variables: { id } }),
  },
  {
    name: "rename",
    expected: { owner: "ok", admin: "ok", member: 403, outsider: 404, platformAdmin: "ok", anonymous: 401 },
    rest: (id) => ({ method: "PUT", path: `/api/organisations/${id}`, body: { name: "Renamed" } }),
    graphql: (id) => ({
      query: `mutation ($id: ID!) { updateOrganisation(input: { id: $id, name: "Renamed" }) { organisation { id } userErrors { code } } }`,
      variables: { id },
    }),
  },
  {
    name: "change the portal tier",
    expected: { owner: 403, admin: 403, member: 403, outsider: 404, platformAdmin: "ok", anonymous: 401 },
    rest: (id) => ({ method: "PUT", path: `/api/organisations/${id}`, body: { portalTier: "paid" } }),
    graphql: (id) => ({
      query: `mutation ($id: ID!) { updateOrganisation(input: { id: $id, portalTier: PAID }) { organisation { id } userErrors { code } } }`,
      variables: { id },
    }),
  },
  {
    name: "delete",
    expected: { owner: "ok", admin: 403, member: 403, outsider: 404, platformAdmin: "ok", anonymous: 401 },
    rest: (id) => ({ method: "DELETE", path: `/api/organisations/${id}` }),
    graphql: (id) => ({
      query: `mutation ($id: ID!) { deleteOrganisation(input: { id: $id }) { deletedOrganisationId userErrors { code } } }`,
      variables: { id },
    }),
  },
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

for (const operation of OPERATIONS) {
  describe(operation.name, () => {
    for (const transport of ["REST", "GraphQL"] as const) {
      it.each(CALLERS)(`${transport}: %s`, async (caller) => {
        // A fresh organisation per case, so a rename or delete by one caller cannot affect the next.
        const world = await organisationWithRoles(t);
        const token = caller === "anonymous" ? undefined : world[caller].token;
        const id = world.organisation.id;
        const expected = operation.expected[caller];
        if (transport === "REST") {
          const { method, path, body } = operation.rest(id);
          const response = await t.rest(method, path, { token, body });
          if (expected === "ok") expect(response.status).toBeLessThan(300);
          else expect(response.status).toBe(expected);
        } else {
          const { query, variables } = operation.graphql(id);
          const response = await t.gql(query, variables, token);
          if (expected === "ok") {
            expect(response.errors).toBeUndefined();
            const payload = Object.values(response.data)[0] as { userErrors?: unknown[] };
            if (payload.userErrors) expect(payload.userErrors).toEqual([]);
          } else {
            expect(response.errors?.[0]?.extensions?.code).toBe(GRAPHQL_CODES[expected]);
          }
        }
      });
    }
  });
}
