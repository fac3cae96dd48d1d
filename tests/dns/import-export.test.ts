/**
 * Zone files: export as BIND reads them, import that makes a zone's records equal to a file's (all or
 * nothing, errors naming the line, a dry run that changes nothing), and the round trip between the two.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { createRecord, createZone, listRecords, namedCheckzone, readZone, VALID_RECORDS, zonesPath, type TestRecord, type TestZone } from "./dns-helpers.ts";

let t: TestApp;
let owner: TestUser;
let organisationId: string;
beforeAll(async () => {
  t = await startTestApp({ DNS_WRITES_PER_MINUTE: "10000", DNS_HOSTMASTER: "dns.admin@guildhall.example" });
  const roles = await organisationWithRoles(t);
  owner = roles.owner;
  organisationId = roles.organisation.id;
});
afterAll(() => t.close());

const exportZone = (zone: TestZone) => t.rest("GET", `${zonesPath(zone.organisationId)}/${zone.id}/export`, { token: owner.token });
const importZone = (zone: TestZone, zoneFile: string, options: { dryRun?: boolean; raw?: boolean } = {}) =>
  t.rest("POST", `${zonesPath(zone.organisationId)}/${zone.id}/import${options.dryRun ? "?dryRun=true" : ""}`, {
    token: owner.token,
    ...(options.raw ? { body: zoneFile, headers: { "content-type": "text/dns" } } : { body: { zoneFile } }),
  });
const comparable = (records: TestRecord[]) =>
  records.map(({ name, type, content, ttl }) => `${name} ${ttl} ${type} ${content}`).sort();
/** The zone file without its serial, which every change moves. */
const withoutSerial = (text: string) => text.replace(/^\s+\d+\s+; serial$/m, "<serial>");

/** A zone with every type of record, some of them twice. */
async function fullZone(): Promise<TestZone> {
  const zone = await createZone(t, owner, organisationId);
  for (const { input } of VALID_RECORDS) await createRecord(t, owner, zone, input);
  await createRecord(t, owner, zone, { name: "@", type: "MX", content: "20 backup-mail.example.net" });
  await createRecord(t, owner, zone, { name: "*.play", type: "A", content: "192.0.2.3", ttl: 60 });
  await createRecord(t, owner, zone, { name: "s1._domainkey", type: "TXT", content: `v=DKIM1; p=${"B".repeat(300)} "quoted" ünïcødé` });
  await createRecord(t, owner, zone, { name: "@", type: "CAA", content: '0 iodef "mailto:security@example.com"' });
  return readZone(t, owner, zone);
}

describe("export", () => {
  it("is an RFC 1035 zone file that BIND accepts, with Guildhall's SOA, the zone's serial and every record", async () => {
    const zone = await fullZone();
    const response = await exportZone(zone);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/dns/);
    const text = response.body as string;
    expect(text).toContain(`$ORIGIN ${zone.name}.`);
    expect(text).toMatch(/SOA\tns1\.guildhall\.test\. dns\\\.admin\.guildhall\.example\. \(/);
    expect(text).toMatch(new RegExp(`^\\s+${zone.serial}\\t; serial$`, "m"));
    expect(text).toContain("@\t3600\tIN\tNS\tns2.guildhall.test.");
    expect(text).toContain("_minecraft._tcp\t3600\tIN\tSRV\t0 5 25565 mc.example.net.");
    expect(namedCheckzone(zone.name, text)).toMatchObject({ status: 0 });

    const gql = await t.gql(`query($id: ID!) { dnsZone(id: $id) { zoneFile } }`, { id: zone.id }, owner.token);
    expect(gql.data.dnsZone.zoneFile).toBe(text);
  });

  it("of an empty zone is still a valid zone", async () => {
    const zone = await createZone(t, owner, organisationId);
    expect(namedCheckzone(zone.name, (await exportZone(zone)).body)).toMatchObject({ status: 0 });
  });
});

describe("the round trip", () => {
  it("export, import into the empty zone, export again: the same records and the same file", async () => {
    const zone = await fullZone();
    const before = await listRecords(t, owner, zone);
    const exported = (await exportZone(zone)).body as string;
    expect(namedCheckzone(zone.name, exported)).toMatchObject({ status: 0 });

    // The same name, empty again: delete the zone and create it anew.
    expect((await t.rest("DELETE", `${zonesPath(organisationId)}/${zone.id}`, { token: owner.token })).status).toBe(204);
    const empty = await createZone(t, owner, organisationId, zone.name);
    const imported = await importZone(empty, exported, { raw: true });
    expect(imported).toMatchObject({ status: 200, body: { dryRun: false, removed: [], unchanged: 0, ignored: 3 } });
    expect(imported.body.added).toHaveLength(before.length);
    expect(imported.body.zone.serial).toBe(2);

    const after = await listRecords(t, owner, empty);
    expect(comparable(after)).toEqual(comparable(before));
    const again = (await exportZone(empty)).body as string;
    expect(withoutSerial(again)).toBe(withoutSerial(exported));
    expect(namedCheckzone(zone.name, again)).toMatchObject({ status: 0 });

    // Importing the same file again changes nothing, and the serial stays.
    const same = await importZone(empty, again);
    expect(same.body).toMatchObject({ added: [], removed: [], unchanged: before.length, zone: { serial: 2 } });
  });
});

describe("import", () => {
  const file = (zone: TestZone, lines: string[]) =>
    [`$ORIGIN ${zone.name}.`, "$TTL 300", `@ IN SOA ns1.elsewhere.net. hostmaster.elsewhere.net. 7 3600 600 86400 300`, `@ IN NS ns1.elsewhere.net.`, ...lines].join("\n");

  it("makes the zone's records the file's: adds, removes, keeps; one serial step; recorded with what changed", async () => {
    const zone = await createZone(t, owner, organisationId);
    const kept = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1", ttl: 300 });
    await createRecord(t, owner, zone, { name: "old", type: "A", content: "192.0.2.2" });
    await createRecord(t, owner, zone, { name: "ttl", type: "A", content: "192.0.2.3", ttl: 600 });
    const text = file(zone, ["www A 192.0.2.1", "ttl A 192.0.2.3", "new 60 IN AAAA 2001:db8::5", `mail MX 10 mx.${zone.name}.`]);

    const response = await importZone(zone, text);
    expect(response.status).toBe(200);
    const summary = (records: { name: string; type: string }[]) => records.map((r) => `${r.name} ${r.type}`).sort();
    expect(summary(response.body.added)).toEqual(["mail MX", "new AAAA", "ttl A"]);
    expect(summary(response.body.removed)).toEqual(["old A", "ttl A"]);
    expect(response.body).toMatchObject({ unchanged: 1, ignored: 2, zone: { serial: 5 } });

    const records = await listRecords(t, owner, zone);
    expect(comparable(records)).toEqual(comparable([
      { ...kept },
      { name: "ttl", type: "A", content: "192.0.2.3", ttl: 300 },
      { name: "new", type: "AAAA", content: "2001:db8::5", ttl: 60 },
      { name: "mail", type: "MX", content: `10 mx.${zone.name}.`, ttl: 300 },
    ] as TestRecord[]));
    expect(records.find((r) => r.name === "www")!.id).toBe(kept.id);
    expect(namedCheckzone(zone.name, (await exportZone(zone)).body)).toMatchObject({ status: 0 });

    const activity = await t.rest("GET", `/api/organisations/${organisationId}/activity?action=dns.zone_imported&limit=1`, { token: owner.token });
    expect(activity.body.items[0]).toMatchObject({
      targetId: zone.id,
      metadata: {
        name: zone.name,
        addedCount: 3,
        removedCount: 2,
        unchanged: 1,
        removed: expect.arrayContaining([{ name: "old", type: "A", content: "192.0.2.2", ttl: 3600 }]),
        added: expect.arrayContaining([{ name: "new", type: "AAAA", content: "2001:db8::5", ttl: 60 }]),
        serial: { before: 4, after: 5 },
      },
    });
  });

  it("with dryRun reports the same difference and changes nothing", async () => {
    const zone = await createZone(t, owner, organisationId);
    await createRecord(t, owner, zone, { name: "old", type: "A", content: "192.0.2.2" });
    const text = file(zone, ["new A 192.0.2.9"]);
    const before = await readZone(t, owner, zone);

    const dry = await importZone(zone, text, { dryRun: true });
    expect(dry).toMatchObject({
      status: 200,
      body: { dryRun: true, added: [{ name: "new", type: "A", content: "192.0.2.9", ttl: 300 }], removed: [{ name: "old" }], unchanged: 0 },
    });
    const gql = await t.gql(
      `mutation($input: ImportDnsZoneInput!) { importDnsZone(input: $input) { dryRun added { name absoluteName type content ttl value } removed { name } unchanged ignored dnsZone { serial } userErrors { code } } }`,
      { input: { zoneId: zone.id, zoneFile: text, dryRun: true } },
      owner.token,
    );
    expect(gql.data.importDnsZone).toEqual({
      dryRun: true,
      added: [{ name: "new", absoluteName: `new.${zone.name}`, type: "A", content: "192.0.2.9", ttl: 300, value: null }],
      removed: [{ name: "old" }],
      unchanged: 0,
      ignored: 2,
      dnsZone: { serial: before.serial },
      userErrors: [],
    });
    expect(await readZone(t, owner, zone)).toEqual(before);
    expect((await listRecords(t, owner, zone)).map((r) => r.name)).toEqual(["old"]);
  });

  it("is all or nothing: an error names the line and leaves the zone as it was", async () => {
    const zone = await createZone(t, owner, organisationId);
    await createRecord(t, owner, zone, { name: "old", type: "A", content: "192.0.2.2" });
    const before = await readZone(t, owner, zone);
    const cases: [string[], RegExp][] = [
      [["good A 192.0.2.1", "bad A 192.0.2.300"], /^line 6: /],
      [["www CNAME a.example.net.", "www A 192.0.2.1"], /^line 6: .*CNAME/],
      [["@ CNAME a.example.net."], /^line 5: /],
      [["x A 192.0.2.1", "$INCLUDE other.zone"], /^line 6: \$INCLUDE/],
      [["x HINFO a b"], /^line 5: HINFO/],
      [["www.elsewhere.net. A 192.0.2.1"], /^line 5: /],
    ];
    for (const [lines, message] of cases) {
      const response = await importZone(zone, file(zone, lines));
      expect(response, lines.join(" / ")).toMatchObject({ status: 400, body: { code: "INVALID_ZONE_FILE" } });
      expect(response.body.error).toMatch(message);
    }
    expect(await importZone(zone, undefined as unknown as string)).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    const gql = await t.gql(
      `mutation($input: ImportDnsZoneInput!) { importDnsZone(input: $input) { dnsZone { id } userErrors { code field message } } }`,
      { input: { zoneId: zone.id, zoneFile: file(zone, ["good A 192.0.2.1", "bad A 192.0.2.300"]) } },
      owner.token,
    );
    expect(gql.data.importDnsZone).toMatchObject({ dnsZone: null, userErrors: [{ code: "INVALID_ZONE_FILE", field: "zoneFile", message: expect.stringMatching(/^line 6: /) }] });
    expect(await readZone(t, owner, zone)).toEqual(before);
    expect((await listRecords(t, owner, zone)).map((r) => r.name)).toEqual(["old"]);
  });
});
