/**
 * DNS records through the API: a valid and an invalid sample of every type, each rule that relates records
 * at one name, changes that bump the zone's serial, filters and pages, and ids that belong elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { createRecord, createZone, listRecords, readZone, recordsPath, VALID_RECORDS, type TestZone } from "./dns-helpers.ts";

let t: TestApp;
let owner: TestUser;
let organisationId: string;
beforeAll(async () => {
  t = await startTestApp({ DNS_WRITES_PER_MINUTE: "10000" });
  const roles = await organisationWithRoles(t);
  owner = roles.owner;
  organisationId = roles.organisation.id;
});
afterAll(() => t.close());

const newZone = () => createZone(t, owner, organisationId);
const post = (zone: TestZone, body: Record<string, unknown>) => t.rest("POST", recordsPath(zone.organisationId, zone.id), { token: owner.token, body });
const recordPath = (zone: TestZone, id: string) => `${recordsPath(zone.organisationId, zone.id)}/${id}`;

const CREATE = `mutation($input: CreateDnsRecordInput!) {
  createDnsRecord(input: $input) { dnsRecord { id name absoluteName type content ttl value zone { id } } dnsZone { serial } userErrors { code field message } }
}`;

describe("valid records of every type", () => {
  it.each(VALID_RECORDS)("$input.type at $input.name: stored in presentation form, through REST", async ({ input, content, ...rest }) => {
    const zone = await newZone();
    const created = await post(zone, input);
    const absoluteName = input.name === "@" ? zone.name : `${input.name}.${zone.name}`;
    expect(created).toMatchObject({
      status: 201,
      body: { zoneId: zone.id, name: input.name, absoluteName, type: input.type, content, ttl: 3600, value: "value" in rest ? rest.value : null },
    });
    expect((await t.rest("GET", recordPath(zone, created.body.id), { token: owner.token })).body).toEqual(created.body);
  });

  it.each(VALID_RECORDS)("$input.type at $input.name: the same through GraphQL", async ({ input, content }) => {
    const zone = await newZone();
    const response = await t.gql(CREATE, { input: { zoneId: zone.id, ...input, ttl: 300 } }, owner.token);
    expect(response.errors).toBeUndefined();
    expect(response.data.createDnsRecord).toMatchObject({
      dnsRecord: { name: input.name, type: input.type, content, ttl: 300, zone: { id: zone.id } },
      dnsZone: { serial: 2 },
      userErrors: [],
    });
  });

  it("takes absolute owner names inside the zone, apex as @ or empty, and splits long TXT into 255-byte strings", async () => {
    const zone = await newZone();
    expect((await post(zone, { name: `WWW.${zone.name}.`, type: "A", content: "192.0.2.1" })).body).toMatchObject({ name: "www" });
    expect((await post(zone, { name: "", type: "A", content: "192.0.2.2" })).body).toMatchObject({ name: "@", absoluteName: zone.name });
    expect((await post(zone, { name: "*.play", type: "A", content: "192.0.2.3", ttl: 60 })).body).toMatchObject({ name: "*.play", ttl: 60 });
    const dkim = `v=DKIM1; k=rsa; p=${"A".repeat(400)}`;
    const txt = await post(zone, { name: "s1._domainkey", type: "txt", content: dkim });
    expect(txt.body).toMatchObject({ type: "TXT", value: dkim });
    expect(txt.body.content).toBe(`"${dkim.slice(0, 255)}" "${dkim.slice(255)}"`);
  });
});

describe("invalid records", () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ["an A that is no IPv4 address", { name: "www", type: "A", content: "999.1.1.1" }, "INVALID_CONTENT", "content"],
    ["an AAAA that is no IPv6 address", { name: "www", type: "AAAA", content: "192.0.2.1" }, "INVALID_CONTENT", "content"],
    ["a CNAME with two targets", { name: "www", type: "CNAME", content: "a.example.net b.example.net" }, "INVALID_CONTENT", "content"],
    ["an NS with a single label", { name: "dev", type: "NS", content: "nameserver" }, "INVALID_CONTENT", "content"],
    ["a PTR to an address", { name: "1", type: "PTR", content: "192.0.2.1" }, "INVALID_CONTENT", "content"],
    ["an MX without a priority", { name: "@", type: "MX", content: "mail.example.net" }, "INVALID_CONTENT", "content"],
    ["an empty TXT", { name: "@", type: "TXT", content: "" }, "INVALID_CONTENT", "content"],
    ["an SRV at a plain name", { name: "mc", type: "SRV", content: "0 5 25565 mc.example.net" }, "INVALID_SRV_NAME", "name"],
    ["an SRV with a port too large", { name: "_mc._tcp", type: "SRV", content: "0 5 70000 mc.example.net" }, "INVALID_CONTENT", "content"],
    ["a CAA with an unknown tag", { name: "@", type: "CAA", content: '0 policy "x"' }, "INVALID_CONTENT", "content"],
    ["a TTL under a minute", { name: "www", type: "A", content: "192.0.2.1", ttl: 5 }, "INVALID_TTL", "ttl"],
    ["a TTL over a day", { name: "www", type: "A", content: "192.0.2.1", ttl: 86_401 }, "INVALID_TTL", "ttl"],
    ["a name outside the zone", { name: "www.elsewhere.net.", type: "A", content: "192.0.2.1" }, "NAME_OUTSIDE_ZONE", "name"],
    ["a name that is no name", { name: "a..b", type: "A", content: "192.0.2.1" }, "INVALID_INPUT", "name"],
    ["a type Guildhall does not serve", { name: "www", type: "SOA", content: "x" }, "INVALID_INPUT", "type"],
  ];

  it.each(cases)("refuses %s with 400, and GraphQL gives the same code and field", async (_what, input, code, field) => {
    const zone = await newZone();
    const rest = await post(zone, input);
    expect(rest).toMatchObject({ status: 400, body: { code } });
    if (input.type === "SOA") return; // Not a DnsRecordType: GraphQL refuses it before any resolver.
    const gql = await t.gql(CREATE, { input: { zoneId: zone.id, ...input } }, owner.token);
    expect(gql.data.createDnsRecord).toMatchObject({ dnsRecord: null, userErrors: [{ code, field, message: rest.body.error }] });
    expect(await listRecords(t, owner, zone)).toEqual([]);
    expect((await readZone(t, owner, zone)).serial).toBe(1);
  });

  it("refuses a body of the wrong shape with 400", async () => {
    const zone = await newZone();
    expect(await post(zone, { name: "www", type: "A" })).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    expect(await post(zone, { name: "www", type: "A", content: "192.0.2.1", ttl: "soon" })).toMatchObject({ status: 400 });
  });
});

describe("rules between records at one name", () => {
  it("CNAME_AT_APEX (400) and APEX_NS_RESERVED (409)", async () => {
    const zone = await newZone();
    expect(await post(zone, { name: "@", type: "CNAME", content: "elsewhere.example.net" })).toMatchObject({ status: 400, body: { code: "CNAME_AT_APEX" } });
    expect(await post(zone, { name: "@", type: "NS", content: "ns1.example.net" })).toMatchObject({ status: 409, body: { code: "APEX_NS_RESERVED" } });
  });

  it("DUPLICATE_RECORD: the same name, type and content, whatever the TTL or spelling", async () => {
    const zone = await newZone();
    await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    expect(await post(zone, { name: `www.${zone.name}`, type: "a", content: "192.0.2.1", ttl: 60 })).toMatchObject({
      status: 409,
      body: { code: "DUPLICATE_RECORD" },
    });
    expect((await post(zone, { name: "www", type: "A", content: "192.0.2.2" })).status).toBe(201);
  });

  it("CNAME_CONFLICT both ways: a CNAME shares its name with nothing", async () => {
    const zone = await newZone();
    await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    expect(await post(zone, { name: "www", type: "CNAME", content: "a.example.net" })).toMatchObject({ status: 409, body: { code: "CNAME_CONFLICT" } });
    await createRecord(t, owner, zone, { name: "alias", type: "CNAME", content: "a.example.net" });
    expect(await post(zone, { name: "alias", type: "TXT", content: "x" })).toMatchObject({ status: 409, body: { code: "CNAME_CONFLICT" } });
    expect(await post(zone, { name: "alias", type: "CNAME", content: "b.example.net" })).toMatchObject({ status: 409, body: { code: "CNAME_CONFLICT" } });
  });

  it("apply to changes too: a record cannot be moved or retyped into a conflict", async () => {
    const zone = await newZone();
    await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    const alias = await createRecord(t, owner, zone, { name: "alias", type: "CNAME", content: "a.example.net" });
    const other = await createRecord(t, owner, zone, { name: "other", type: "A", content: "192.0.2.1" });
    expect(await t.rest("PATCH", recordPath(zone, alias.id), { token: owner.token, body: { name: "www" } })).toMatchObject({
      status: 409,
      body: { code: "CNAME_CONFLICT" },
    });
    expect(await t.rest("PATCH", recordPath(zone, other.id), { token: owner.token, body: { name: "www" } })).toMatchObject({
      status: 409,
      body: { code: "DUPLICATE_RECORD" },
    });
    expect(await t.rest("PATCH", recordPath(zone, alias.id), { token: owner.token, body: { name: "@" } })).toMatchObject({
      status: 400,
      body: { code: "CNAME_AT_APEX" },
    });
    // A record is never its own duplicate or conflict.
    expect(await t.rest("PATCH", recordPath(zone, alias.id), { token: owner.token, body: { ttl: 120 } })).toMatchObject({
      status: 200,
      body: { ttl: 120 },
    });
  });
});

describe("changing records", () => {
  it("PATCH keeps what it leaves out, PUT replaces the whole record, and each change bumps the serial", async () => {
    const zone = await newZone();
    const record = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1", ttl: 600 });
    expect((await readZone(t, owner, zone)).serial).toBe(2);

    const patched = await t.rest("PATCH", recordPath(zone, record.id), { token: owner.token, body: { content: "192.0.2.9" } });
    expect(patched).toMatchObject({ status: 200, body: { id: record.id, name: "www", type: "A", content: "192.0.2.9", ttl: 600 } });
    expect((await readZone(t, owner, zone)).serial).toBe(3);

    const put = await t.rest("PUT", recordPath(zone, record.id), { token: owner.token, body: { name: "mail", type: "AAAA", content: "2001:db8::1" } });
    expect(put).toMatchObject({ status: 200, body: { id: record.id, name: "mail", type: "AAAA", content: "2001:db8::1", ttl: 3600 } });
    expect((await readZone(t, owner, zone)).serial).toBe(4);
    expect(await t.rest("PUT", recordPath(zone, record.id), { token: owner.token, body: { name: "mail" } })).toMatchObject({ status: 400 });

    // A change that changes nothing writes nothing.
    expect((await t.rest("PATCH", recordPath(zone, record.id), { token: owner.token, body: { ttl: 3600 } })).status).toBe(200);
    expect((await readZone(t, owner, zone)).serial).toBe(4);

    const gql = await t.gql(
      `mutation($input: UpdateDnsRecordInput!) { updateDnsRecord(input: $input) { dnsRecord { name type content ttl } dnsZone { serial } userErrors { code } } }`,
      { input: { id: record.id, type: "TXT", content: "now text" } },
      owner.token,
    );
    expect(gql.data.updateDnsRecord).toEqual({
      dnsRecord: { name: "mail", type: "TXT", content: '"now text"', ttl: 3600 },
      dnsZone: { serial: 5 },
      userErrors: [],
    });

    const activity = await t.rest("GET", `/api/organisations/${organisationId}/activity?action=dns.record_updated&limit=1`, { token: owner.token });
    expect(activity.body.items[0]).toMatchObject({
      targetType: "dns_record",
      targetId: record.id,
      metadata: {
        zoneId: zone.id,
        zone: zone.name,
        before: { name: "mail", type: "AAAA", content: "2001:db8::1", ttl: 3600 },
        after: { name: "mail", type: "TXT", content: '"now text"', ttl: 3600 },
      },
    });
  });

  it("DELETE removes the record, bumps the serial and records the record before", async () => {
    const zone = await newZone();
    const record = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    expect((await t.rest("DELETE", recordPath(zone, record.id), { token: owner.token })).status).toBe(204);
    expect(await t.rest("GET", recordPath(zone, record.id), { token: owner.token })).toMatchObject({ status: 404 });
    expect(await t.rest("DELETE", recordPath(zone, record.id), { token: owner.token })).toMatchObject({ status: 404 });
    expect((await readZone(t, owner, zone)).serial).toBe(3);
    const activity = await t.rest("GET", `/api/organisations/${organisationId}/activity?limit=1`, { token: owner.token });
    expect(activity.body.items[0]).toMatchObject({
      action: "dns.record_deleted",
      targetId: record.id,
      metadata: { before: { name: "www", type: "A", content: "192.0.2.1", ttl: 3600 }, after: null },
    });

    const again = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    const gql = await t.gql(
      `mutation($id: ID!) { deleteDnsRecord(input: { id: $id }) { deletedDnsRecordId dnsZone { serial } userErrors { code } } }`,
      { id: again.id },
      owner.token,
    );
    expect(gql.data.deleteDnsRecord).toEqual({ deletedDnsRecordId: again.id, dnsZone: { serial: 5 }, userErrors: [] });
  });
});

describe("listing records", () => {
  it("pages them oldest first and filters by type and by name, relative or absolute", async () => {
    const zone = await newZone();
    const a = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    const aaaa = await createRecord(t, owner, zone, { name: "www", type: "AAAA", content: "2001:db8::1" });
    const apex = await createRecord(t, owner, zone, { name: "@", type: "A", content: "192.0.2.2" });
    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);
    const list = (query: string) => t.rest("GET", `${recordsPath(organisationId, zone.id)}${query}`, { token: owner.token });

    const first = await list("?limit=2");
    expect(ids(first)).toEqual([a.id, aaaa.id]);
    expect(ids(await list(`?limit=2&cursor=${first.body.nextCursor}`))).toEqual([apex.id]);
    expect(ids(await list("?type=a"))).toEqual([a.id, apex.id]);
    expect(ids(await list("?name=www"))).toEqual([a.id, aaaa.id]);
    expect(ids(await list(`?name=www.${zone.name}&type=AAAA`))).toEqual([aaaa.id]);
    expect(ids(await list("?name=@"))).toEqual([apex.id]);
    expect(await list("?type=SOA")).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    expect(await list("?name=www.elsewhere.net.")).toMatchObject({ status: 400, body: { code: "NAME_OUTSIDE_ZONE" } });

    const gql = await t.gql(
      `query($id: ID!) { dnsZone(id: $id) { all: records { totalCount } www: records(name: "www", type: A) { totalCount nodes { id } } } }`,
      { id: zone.id },
      owner.token,
    );
    expect(gql.data.dnsZone).toEqual({ all: { totalCount: 3 }, www: { totalCount: 1, nodes: [{ id: a.id }] } });
  });
});

describe("ids from elsewhere", () => {
  it("a record of another zone or another organisation is not found, whatever the path or transport", async () => {
    const zone = await newZone();
    const otherZone = await newZone();
    const record = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    const theirs = await organisationWithRoles(t);
    const theirZone = await createZone(t, theirs.owner, theirs.organisation.id);
    const theirRecord = await createRecord(t, theirs.owner, theirZone, { name: "www", type: "A", content: "192.0.2.1" });

    const body = { name: "www", type: "A", content: "192.0.2.7" };
    for (const path of [recordPath(otherZone, record.id), recordPath(zone, theirRecord.id), recordPath(zone, "not-an-id")]) {
      for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
        const response = await t.rest(method, path, { token: owner.token, body: method === "PUT" || method === "PATCH" ? body : undefined });
        expect(response, `${method} ${path}`).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
      }
    }
    for (const id of [theirRecord.id, "not-an-id"]) {
      const update = await t.gql(`mutation($id: ID!) { updateDnsRecord(input: { id: $id, ttl: 60 }) { dnsRecord { id } } }`, { id }, owner.token);
      expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const remove = await t.gql(`mutation($id: ID!) { deleteDnsRecord(input: { id: $id }) { deletedDnsRecordId } }`, { id }, owner.token);
      expect(remove.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    const create = await t.gql(CREATE, { input: { zoneId: theirZone.id, ...body } }, owner.token);
    expect(create.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await listRecords(t, theirs.owner, theirZone)).toEqual([expect.objectContaining({ id: theirRecord.id, content: "192.0.2.1" })]);
    expect(await listRecords(t, owner, zone)).toEqual([expect.objectContaining({ id: record.id, content: "192.0.2.1" })]);
  });
});
