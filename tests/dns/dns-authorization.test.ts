/**
 * The authorization table for DNS: every zone, record and zone-file operation, for the owner, an admin, a
 * member, a non-member, a platform admin and an anonymous caller, through GraphQL and through REST. Then the
 * same operations with the `dns` flag off for the organisation: FEATURE_DISABLED for those allowed, and still
 * NOT_FOUND for strangers, who learn nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { createRecord, createZone, setDnsFlag, zoneName, type TestZone } from "./dns-helpers.ts";

type Who = "owner" | "admin" | "member" | "nonMember" | "platformAdmin" | "anonymous";
type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHENTICATED" | "FEATURE_DISABLED";
type Ids = { orgId: string; zoneId: string; zoneName: string; recordId: string };
type Operation = {
  name: string;
  expect: Record<Who, Outcome>;
  /** With the flag off, when that is not simply FEATURE_DISABLED for everyone allowed. */
  whenDisabled?: Record<Who, Outcome>;
  /** Makes what the call acts on, fresh for every caller and transport (or the shared fixtures). */
  setup?: (orgId: string) => Promise<Partial<Ids>>;
  rest: (ids: Ids) => { method: string; path: string; body?: unknown; headers?: Record<string, string>; ok: number };
  gql: (ids: Ids) => { query: string; variables?: Record<string, unknown>; field: string };
};

const WHO: Who[] = ["owner", "admin", "member", "nonMember", "platformAdmin", "anonymous"];
const STATUS: Record<Exclude<Outcome, "ok">, number> = { FORBIDDEN: 403, NOT_FOUND: 404, UNAUTHENTICATED: 401, FEATURE_DISABLED: 503 };

const members = { owner: "ok", admin: "ok", member: "ok", nonMember: "NOT_FOUND", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;
const managers = { owner: "ok", admin: "ok", member: "FORBIDDEN", nonMember: "NOT_FOUND", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;
const anyoneSignedIn = { owner: "ok", admin: "ok", member: "ok", nonMember: "ok", platformAdmin: "ok", anonymous: "UNAUTHENTICATED" } as const;

let t: TestApp;
let users: Record<Exclude<Who, "anonymous">, TestUser>;
let orgId: string;
/** A zone with a record in the organisation, for operations that only read. */
let shared: Ids;

beforeAll(async () => {
  t = await startTestApp({ DNS_WRITES_PER_MINUTE: "100000", DNS_ZONES_PER_ORGANISATION: "1000" });
  const roles = await organisationWithRoles(t);
  users = { owner: roles.owner, admin: roles.admin, member: roles.member, nonMember: roles.outsider, platformAdmin: roles.platformAdmin };
  orgId = roles.organisation.id;
  shared = await fixtures(orgId);
  // The default view follows the active organisation: every member has this one selected.
  for (const who of ["owner", "admin", "member"] as const) await t.rest("POST", `/api/organisations/${orgId}/select`, { token: users[who].token });
});
afterAll(() => t.close());

async function fixtures(organisationId: string): Promise<Ids> {
  const zone: TestZone = await createZone(t, users.owner, organisationId);
  const record = await createRecord(t, users.owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
  return { orgId: organisationId, zoneId: zone.id, zoneName: zone.name, recordId: record.id };
}
const freshZone = async (organisationId: string) => {
  const zone = await createZone(t, users.owner, organisationId);
  return { zoneId: zone.id, zoneName: zone.name };
};
const freshRecord = async (organisationId: string) => {
  const zone = { id: shared.zoneId, organisationId } as TestZone;
  return { recordId: (await createRecord(t, users.owner, zone, { name: "r", type: "TXT", content: `${Math.random()}` })).id };
};

const zones = (ids: Ids) => `/api/organisations/${ids.orgId}/dns/zones`;
const zone = (ids: Ids) => `${zones(ids)}/${ids.zoneId}`;
const record = (ids: Ids) => `${zone(ids)}/records/${ids.recordId}`;
const mutation = (name: string, inputType: string, selection: string, input: Record<string, unknown>) => ({
  query: `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code message } } }`,
  variables: { input },
  field: name,
});
const zoneQuery = (ids: Ids, selection: string) => ({
  query: `query($id: ID!) { dnsZone(id: $id) { ${selection} } }`,
  variables: { id: ids.zoneId },
  field: "dnsZone",
});
const zoneFile = (ids: Ids) => `$ORIGIN ${ids.zoneName}.\nwww A 192.0.2.1\nmail A 192.0.2.2\n`;

const operations: Operation[] = [
  {
    name: "list the organisation's zones",
    expect: members,
    rest: (ids) => ({ method: "GET", path: zones(ids), ok: 200 }),
    gql: (ids) => ({ query: `query($id: ID!) { organisation(id: $id) { dnsZones { totalCount nodes { id } } } }`, variables: { id: ids.orgId }, field: "organisation" }),
  },
  {
    name: "list the active organisation's zones",
    expect: anyoneSignedIn,
    // Only members can have the organisation selected; the others' default view is empty, and so no one's business.
    whenDisabled: { ...anyoneSignedIn, owner: "FEATURE_DISABLED", admin: "FEATURE_DISABLED", member: "FEATURE_DISABLED" },
    rest: () => ({ method: "GET", path: "/api/dns/zones", ok: 200 }),
    gql: () => ({ query: `{ viewer { dnsZones { totalCount nodes { id } } } }`, field: "viewer" }),
  },
  {
    name: "read a zone",
    expect: members,
    rest: (ids) => ({ method: "GET", path: zone(ids), ok: 200 }),
    gql: (ids) => zoneQuery(ids, "id name serial nameservers"),
  },
  {
    name: "create a zone",
    expect: managers,
    rest: (ids) => ({ method: "POST", path: zones(ids), body: { name: zoneName() }, ok: 201 }),
    gql: (ids) => mutation("createDnsZone", "CreateDnsZoneInput", "dnsZone { id }", { organisationId: ids.orgId, name: zoneName() }),
  },
  {
    name: "delete a zone",
    expect: managers,
    setup: freshZone,
    rest: (ids) => ({ method: "DELETE", path: zone(ids), ok: 204 }),
    gql: (ids) => mutation("deleteDnsZone", "DeleteDnsZoneInput", "deletedDnsZoneId", { id: ids.zoneId }),
  },
  {
    name: "list a zone's records",
    expect: members,
    rest: (ids) => ({ method: "GET", path: `${zone(ids)}/records?type=A`, ok: 200 }),
    gql: (ids) => zoneQuery(ids, "records(type: A) { totalCount nodes { id name content } }"),
  },
  {
    name: "read a record",
    expect: members,
    rest: (ids) => ({ method: "GET", path: record(ids), ok: 200 }),
    gql: (ids) => zoneQuery(ids, `records(name: "www") { nodes { id absoluteName zone { id } } }`),
  },
  {
    name: "create a record",
    expect: managers,
    rest: (ids) => ({ method: "POST", path: `${zone(ids)}/records`, body: { name: "new", type: "TXT", content: `${Math.random()}` }, ok: 201 }),
    gql: (ids) => mutation("createDnsRecord", "CreateDnsRecordInput", "dnsRecord { id }", { zoneId: ids.zoneId, name: "new", type: "TXT", content: `${Math.random()}` }),
  },
  {
    name: "replace a record",
    expect: managers,
    setup: freshRecord,
    rest: (ids) => ({ method: "PUT", path: record(ids), body: { name: "r", type: "TXT", content: `${Math.random()}`, ttl: 60 }, ok: 200 }),
    gql: (ids) => mutation("updateDnsRecord", "UpdateDnsRecordInput", "dnsRecord { id }", { id: ids.recordId, name: "r", type: "TXT", content: `${Math.random()}`, ttl: 60 }),
  },
  {
    name: "change part of a record",
    expect: managers,
    setup: freshRecord,
    rest: (ids) => ({ method: "PATCH", path: record(ids), body: { ttl: 120 }, ok: 200 }),
    gql: (ids) => mutation("updateDnsRecord", "UpdateDnsRecordInput", "dnsRecord { id }", { id: ids.recordId, ttl: 120 }),
  },
  {
    name: "delete a record",
    expect: managers,
    setup: freshRecord,
    rest: (ids) => ({ method: "DELETE", path: record(ids), ok: 204 }),
    gql: (ids) => mutation("deleteDnsRecord", "DeleteDnsRecordInput", "deletedDnsRecordId", { id: ids.recordId }),
  },
  {
    name: "export a zone file",
    expect: members,
    rest: (ids) => ({ method: "GET", path: `${zone(ids)}/export`, ok: 200 }),
    gql: (ids) => zoneQuery(ids, "zoneFile"),
  },
  {
    name: "preview an import",
    expect: managers,
    rest: (ids) => ({ method: "POST", path: `${zone(ids)}/import?dryRun=true`, body: zoneFile(ids), headers: { "content-type": "text/dns" }, ok: 200 }),
    gql: (ids) => mutation("importDnsZone", "ImportDnsZoneInput", "dryRun added { name }", { zoneId: ids.zoneId, zoneFile: zoneFile(ids), dryRun: true }),
  },
  {
    name: "import a zone file",
    expect: managers,
    setup: freshZone,
    rest: (ids) => ({ method: "POST", path: `${zone(ids)}/import`, body: { zoneFile: zoneFile(ids) }, ok: 200 }),
    gql: (ids) => mutation("importDnsZone", "ImportDnsZoneInput", "dnsZone { serial }", { zoneId: ids.zoneId, zoneFile: zoneFile(ids) }),
  },
];

async function call(operation: Operation, who: Who, base: Ids, transport: "rest" | "gql") {
  const ids = { ...base, ...((await operation.setup?.(base.orgId)) ?? {}) };
  const token = who === "anonymous" ? undefined : users[who].token;
  if (transport === "rest") {
    const request = operation.rest(ids);
    const response = await t.rest(request.method, request.path, { token, body: request.body, headers: request.headers });
    return { request, response };
  }
  const { query, variables, field } = operation.gql(ids);
  return { field, response: await t.gql(query, variables, token) };
}

function expectRest(outcome: Outcome, ok: number, response: { status: number; body: any }) {
  if (outcome === "ok") expect(response.status, JSON.stringify(response.body)).toBe(ok);
  else expect(response).toMatchObject({ status: STATUS[outcome], body: { code: outcome } });
}

function expectGql(outcome: Outcome, who: Who, field: string, response: { data: any; errors?: { extensions?: { code?: string } }[] }) {
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
    expect(response.errors?.[0]?.extensions?.code, JSON.stringify(response)).toBe(outcome);
  }
}

describe.each(operations)("$name", (operation) => {
  it.each(WHO)("as %s, through REST", async (who) => {
    const { request, response } = await call(operation, who, shared, "rest");
    expectRest(operation.expect[who], request!.ok, response as never);
  });

  it.each(WHO)("as %s, through GraphQL", async (who) => {
    const { field, response } = await call(operation, who, shared, "gql");
    expectGql(operation.expect[who], who, field!, response as never);
  });
});

describe("with the dns flag off for the organisation", () => {
  let dark: Ids;
  beforeAll(async () => {
    // The same people, in the same roles, in a second organisation.
    const organisation = await createOrganisation(t, users.owner);
    await addMember(t, organisation.id, users.admin, "admin");
    await addMember(t, organisation.id, users.member, "member");
    dark = await fixtures(organisation.id);
    for (const who of ["owner", "admin", "member"] as const) await t.rest("POST", `/api/organisations/${dark.orgId}/select`, { token: users[who].token });
    await setDnsFlag(t, dark.orgId, false);
  });
  afterAll(async () => {
    for (const who of ["owner", "admin", "member"] as const) await t.rest("POST", `/api/organisations/${orgId}/select`, { token: users[who].token });
  });

  /** Allowed callers are told the feature is off; the rest get what they always get. */
  const disabled = (expected: Record<Who, Outcome>) =>
    Object.fromEntries(WHO.map((who) => [who, expected[who] === "ok" && who !== "nonMember" ? "FEATURE_DISABLED" : expected[who]])) as Record<Who, Outcome>;

  it.each(operations.filter((operation) => !operation.setup))("$name answers FEATURE_DISABLED to those allowed, through both", async (operation) => {
    const expected = operation.whenDisabled ?? disabled(operation.expect);
    for (const who of WHO) {
      const rest = await call(operation, who, dark, "rest");
      expectRest(expected[who], rest.request!.ok, rest.response as never);
      const gql = await call(operation, who, dark, "gql");
      expectGql(expected[who], who, gql.field!, gql.response as never);
    }
  });

  it("changes nothing, and everything comes back when the flag is on again", async () => {
    const ops = operations.filter((operation) => operation.setup);
    for (const operation of ops) {
      for (const who of ["owner", "platformAdmin", "member", "nonMember"] as const) {
        // Fixtures cannot be made while the flag is off: act on the shared ones, which must survive.
        const rest = await call({ ...operation, setup: undefined }, who, dark, "rest");
        expect(rest.response.status, `${operation.name} as ${who}`).toBe(STATUS[disabled(operation.expect)[who] as Exclude<Outcome, "ok">]);
        const gql = await call({ ...operation, setup: undefined }, who, dark, "gql");
        expect((gql.response as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code).toBe(disabled(operation.expect)[who]);
      }
    }
    await setDnsFlag(t, dark.orgId, null);
    const zone = await t.rest("GET", `/api/organisations/${dark.orgId}/dns/zones/${dark.zoneId}/records`, { token: users.member.token });
    expect(zone).toMatchObject({ status: 200, body: { items: [{ id: dark.recordId, name: "www", content: "192.0.2.1" }] } });
    await setDnsFlag(t, dark.orgId, false);
  });
});
