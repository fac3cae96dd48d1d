/**
 * Bad input never becomes a 500: every REST route and every GraphQL mutation, sent wrong types, missing
 * and extra fields, 100 KB strings, NUL characters, lone surrogates, malformed ids and query strings, as a
 * platform admin, a member and anonymously. Seeded, so a failure replays exactly.
 */
import { buildSchema, isNonNullType, type GraphQLInputType, getNamedType, isInputObjectType, isEnumType, isListType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../src/graphql/schema.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";

/** mulberry32: a small seeded generator, so every run sends the same requests. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = random(20261201);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const NASTY_STRINGS = ["", " ", "x".repeat(100_000), "a\u0000b", "\ud800", "x\udfff", "😀", "<script>", "../../etc/passwd", "1e309", "null"];
const NASTY_VALUES: unknown[] = [...NASTY_STRINGS, 0, -1, 1.5, 2 ** 53, true, false, null, [], {}, [1, "a"], { nested: { deep: "\u0000" } }];
const BAD_IDS = ["not-a-uuid", "1.5", "%00", "..%2F..", "00000000-0000-0000-0000-000000000000", "%F0%9F%98%80", "x".repeat(300)];
const QUERY_STRINGS = ["", "?limit=-1", "?limit=abc", "?limit=100000", "?cursor=garbage", "?action=%00", "?cursor=%00&limit=1", "?status=%ED%A0%80", "?checkHandle=%00", "?dryRun=maybe"];

let t: TestApp;
let people: Awaited<ReturnType<typeof organisationWithRoles>>;
beforeAll(async () => {
  t = await startTestApp();
  people = await organisationWithRoles(t);
});
afterAll(() => t.close());

const callers = (): (TestUser | undefined)[] => [people.platformAdmin, people.member, undefined];

function fillPath(url: string): string {
  return url.replace(/:(\w+)/g, (_match, name: string) =>
    name === "id" && rand() < 0.3 ? people.organisation.id : pick(BAD_IDS),
  );
}

function randomBody(): unknown {
  const roll = rand();
  if (roll < 0.15) return pick(NASTY_VALUES);
  const body: Record<string, unknown> = {};
  for (const key of ["name", "handle", "email", "password", "role", "orgRole", "userId", "organisationId", "nodeId", "portalTier", "token", "capacity", "fqdn", "location", "enabled", "type", "content", "ttl", "zoneFile", "extra"]) {
    if (rand() < 0.35) body[key] = pick(NASTY_VALUES);
  }
  return body;
}

describe("fuzzing every REST route", () => {
  it("never answers 5xx, and every error is { error, code }", async () => {
    const routes = t.app.routes.filter((route) => route.url.startsWith("/api/") || route.url.startsWith("/avatars/"));
    expect(routes.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (let round = 0; round < 6; round++) {
        const path = fillPath(route.url) + (route.method === "GET" ? pick(QUERY_STRINGS) : rand() < 0.3 ? pick(QUERY_STRINGS) : "");
        const caller = pick(callers());
        const withBody = route.method !== "GET" && route.method !== "DELETE";
        const response = await t.rest(route.method, path, { token: caller?.token, body: withBody ? randomBody() : undefined });
        sent++;
        const label = `${route.method} ${path.slice(0, 120)} as ${caller ? caller.user.platformRole : "anonymous"}`;
        if (response.status >= 500) failures.push(`${label}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
        else if (response.status >= 400 && (typeof response.body?.error !== "string" || typeof response.body?.code !== "string")) {
          failures.push(`${label}: ${response.status} without {error, code}: ${JSON.stringify(response.body).slice(0, 200)}`);
        }
      }
    }
    // And every query string against every GET route, with a real organisation's id, as the platform admin.
    for (const route of routes.filter((candidate) => candidate.method === "GET")) {
      for (const query of QUERY_STRINGS) {
        const path = route.url.replace(/:(\w+)/g, (_m, name: string) => (name === "id" ? people.organisation.id : pick(BAD_IDS))) + query;
        const response = await t.rest("GET", path, { token: people.platformAdmin.token });
        sent++;
        if (response.status >= 500) failures.push(`GET ${path}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
    }
    expect(sent).toBeGreaterThan(250);
    expect(failures).toEqual([]);
  });
});

/** A value for an input type: mostly wrong, sometimes right-shaped with nasty strings inside. */
function valueFor(type: GraphQLInputType, depth = 0): unknown {
  if (rand() < 0.2) return pick(NASTY_VALUES);
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return [valueFor(named as GraphQLInputType, depth + 1)];
  if (isInputObjectType(named) && depth < 3) {
    return Object.fromEntries(Object.entries(named.getFields()).map(([name, field]) => [name, valueFor(field.type, depth + 1)]));
  }
  if (isEnumType(named)) return rand() < 0.5 ? pick(named.getValues()).name : "NOT_A_VALUE";
  if (named.name === "ID") return rand() < 0.4 ? people.organisation.id : pick(BAD_IDS);
  if (named.name === "Int") return pick([0, -1, 2 ** 31, 1.5, "7"]);
  if (named.name === "Boolean") return pick([true, false, "yes"]);
  return pick(NASTY_STRINGS);
}

describe("fuzzing every GraphQL mutation", () => {
  it("never answers 5xx or INTERNAL_SERVER_ERROR", async () => {
    const schema = buildSchema(loadTypeDefs().join("\n"));
    // Uploads have a test of their own (tests/avatars); they need a multipart request.
    const takesUpload = (type: GraphQLInputType): boolean => {
      const named = getNamedType(type);
      return named.name === "Upload" || (isInputObjectType(named) && Object.values(named.getFields()).some((field) => takesUpload(field.type)));
    };
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) => !field.args.some((arg) => takesUpload(arg.type)));
    expect(mutations.length).toBeGreaterThan(25);
    const failures: string[] = [];
    for (const mutation of mutations) {
      for (let round = 0; round < 4; round++) {
        const args = mutation.args;
        const variables = Object.fromEntries(args.map((arg) => [arg.name, valueFor(arg.type)]));
        const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
        const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
        const query = `mutation${declared ? `(${declared})` : ""} { ${mutation.name}${passed ? `(${passed})` : ""} { __typename } }`;
        const caller = pick(callers());
        const response = await t.gql(query, variables, caller?.token);
        const internal = response.errors?.some((error) => error.extensions?.code === "INTERNAL_SERVER_ERROR");
        if (response.status >= 500 || internal) {
          failures.push(`${mutation.name}: ${response.status} ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`);
        }
      }
    }
    // The document's own string literals are checked too: "\u0000" is an escape graphql-js turns into NUL.
    const literal = await t.gql(`mutation { createOrganisation(input: { name: "a\\u0000b", handle: "fine-handle" }) { __typename } }`, {}, people.owner.token);
    expect(literal.status).toBe(400);
    expect(literal.errors?.[0]?.extensions?.code).toBe("INVALID_INPUT");
    expect(failures).toEqual([]);
  });
});

describe("text PostgreSQL cannot store", () => {
  it("is a 400 naming the field on every write that stores text, through REST and GraphQL", async () => {
    const { organisation, owner, platformAdmin } = people;
    const cases: { method: string; path: string; token?: string; body: Record<string, unknown>; fields: string[] }[] = [
      { method: "POST", path: "/api/auth/register", body: { email: "fuzz-a@example.com", password: "correct horse battery", firstName: "A" }, fields: ["email", "password", "firstName"] },
      { method: "POST", path: "/api/auth/login", body: { email: owner.email, password: "x" }, fields: ["email", "password"] },
      { method: "POST", path: "/api/organisations", token: owner.token, body: { name: "Org", handle: "fuzz-handle" }, fields: ["name", "handle"] },
      { method: "PUT", path: `/api/organisations/${organisation.id}`, token: owner.token, body: { name: "Renamed" }, fields: ["name"] },
      { method: "POST", path: `/api/organisations/${organisation.id}/invite`, token: owner.token, body: { email: "someone@example.com" }, fields: ["email"] },
      { method: "POST", path: `/api/organisations/${organisation.id}/add-user`, token: owner.token, body: { email: "someone@example.com" }, fields: ["email"] },
      { method: "POST", path: "/api/nodes", token: platformAdmin.token, body: { name: "N", fqdn: "n1.example.com", location: "Here", capacity: 5 }, fields: ["name", "fqdn", "location"] },
      { method: "POST", path: "/api/servers", token: owner.token, body: { name: "S" }, fields: ["name"] },
      { method: "POST", path: "/api/tunnel-devices", token: owner.token, body: { name: "D" }, fields: ["name"] },
    ];
    for (const { method, path, token, body, fields } of cases) {
      for (const field of fields) {
        for (const bad of ["a\u0000b", "x\ud800"]) {
          const response = await t.rest(method, path, { token, body: { ...body, [field]: bad } });
          expect({ path, field, status: response.status, code: response.body?.code, names: String(response.body?.error).includes(field) }).toEqual({
            path,
            field,
            status: 400,
            code: "INVALID_INPUT",
            names: true,
          });
        }
      }
    }
    const graphql = await t.gql(
      `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { userErrors { code } } }`,
      { input: { name: "x\ud800", handle: "fuzz-handle-2" } },
      owner.token,
    );
    expect(graphql.status).toBe(400);
    expect(graphql.errors?.[0]?.extensions).toMatchObject({ code: "INVALID_INPUT", field: "input.name" });
    const query = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=%00`, { token: owner.token });
    expect(query).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });
});
