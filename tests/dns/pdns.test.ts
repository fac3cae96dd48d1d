/**
 * PowerDNS answers from Guildhall's tables: every change is in its next answer, serials match the API's, and
 * a deleted zone stops answering. Needs PostgreSQL (PowerDNS cannot read PGlite), pdns_server and dig.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PdnsServer } from "../../src/modules/dns/pdns-runner.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { dig, startTestPdns } from "../helpers/pdns.ts";
import { createRecord, createZone, readZone, recordsPath, VALID_RECORDS, zonesPath, type TestZone } from "./dns-helpers.ts";

describe.skipIf(!process.env.DATABASE_URL)("PowerDNS", () => {
  let t: TestApp;
  let pdns: PdnsServer;
  let owner: TestUser;
  let organisationId: string;
  beforeAll(async () => {
    t = await startTestApp({ DNS_WRITES_PER_MINUTE: "10000", DNS_NAMESERVERS: "ns1.dns.example.org,ns2.dns.example.org" });
    pdns = await startTestPdns(t.databaseUrl!);
    const roles = await organisationWithRoles(t);
    owner = roles.owner;
    organisationId = roles.organisation.id;
  });
  afterAll(async () => {
    await pdns?.stop();
    await t?.close();
  });

  const ask = (name: string, type: string) => dig(pdns.port, name, type);
  const fqdn = (zone: TestZone, name: string) => (name === "@" ? zone.name : `${name}.${zone.name}`);
  const servedSerial = async (zone: TestZone) => {
    const answer = await ask(zone.name, "SOA");
    expect(answer).toMatchObject({ status: "NOERROR", authoritative: true });
    return Number(answer.answers[0]!.split(" ")[2]);
  };

  it("serves a new zone's SOA and NS from Guildhall's settings, with the API's serial", async () => {
    const zone = await createZone(t, owner, organisationId);
    const soa = await ask(zone.name, "SOA");
    expect(soa).toMatchObject({ status: "NOERROR", authoritative: true });
    expect(soa.answers[0]).toMatch(/^ns1\.dns\.example\.org\. hostmaster\.guildhall\.test\. 1 /);
    expect((await ask(zone.name, "NS")).answers.sort()).toEqual(["ns1.dns.example.org.", "ns2.dns.example.org."]);
    expect(await servedSerial(zone)).toBe(zone.serial);
  });

  it("answers every record type as soon as the API has answered, and the serial follows each change", async () => {
    const zone = await createZone(t, owner, organisationId);
    const created = [];
    for (const { input, content } of VALID_RECORDS) {
      created.push(await createRecord(t, owner, zone, input));
      const answer = await ask(fqdn(zone, input.name), input.type);
      if (input.type === "NS") {
        // A delegation: PowerDNS refers the resolver to the other nameservers rather than answering.
        expect(answer).toMatchObject({ status: "NOERROR", authoritative: false, authority: [`NS ${content}`] });
      } else {
        expect(answer, `${input.type} ${input.name}`).toMatchObject({ status: "NOERROR", authoritative: true });
        expect(answer.answers).toEqual([content]);
      }
      expect(await servedSerial(zone)).toBe((await readZone(t, owner, zone)).serial);
    }
    expect(await servedSerial(zone)).toBe(1 + VALID_RECORDS.length);

    // And each deletion, type by type: nothing of that type is left at the name (NODATA or NXDOMAIN).
    for (const record of created) {
      expect((await t.rest("DELETE", `${recordsPath(organisationId, zone.id)}/${record.id}`, { token: owner.token })).status).toBe(204);
      const answer = await ask(record.absoluteName, record.type);
      expect(answer, `${record.type} ${record.name}`).toMatchObject({ authoritative: true, answers: [] });
      expect(["NOERROR", "NXDOMAIN"]).toContain(answer.status);
      expect(await servedSerial(zone)).toBe((await readZone(t, owner, zone)).serial);
    }
    expect((await ask(`www.${zone.name}`, "AAAA")).status).toBe("NXDOMAIN");
  });

  it("serves changes and deletions at once", async () => {
    const zone = await createZone(t, owner, organisationId);
    const www = await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    const path = `${recordsPath(organisationId, zone.id)}/${www.id}`;

    await t.rest("PATCH", path, { token: owner.token, body: { content: "192.0.2.77", ttl: 120 } });
    expect((await ask(`www.${zone.name}`, "A")).answers).toEqual(["192.0.2.77"]);

    const moved = await t.gql(
      `mutation($input: UpdateDnsRecordInput!) { updateDnsRecord(input: $input) { dnsZone { serial } userErrors { code } } }`,
      { input: { id: www.id, name: "web", type: "AAAA", content: "2001:db8::77" } },
      owner.token,
    );
    expect((await ask(`web.${zone.name}`, "AAAA")).answers).toEqual(["2001:db8::77"]);
    expect((await ask(`www.${zone.name}`, "A")).status).toBe("NXDOMAIN");
    expect(await servedSerial(zone)).toBe(moved.data.updateDnsRecord.dnsZone.serial);

    await t.rest("DELETE", path, { token: owner.token });
    expect((await ask(`web.${zone.name}`, "AAAA")).status).toBe("NXDOMAIN");
    expect(await servedSerial(zone)).toBe((await readZone(t, owner, zone)).serial);
  });

  it("serves an import as one change", async () => {
    const zone = await createZone(t, owner, organisationId);
    await createRecord(t, owner, zone, { name: "old", type: "A", content: "192.0.2.1" });
    const imported = await t.rest("POST", `${zonesPath(organisationId)}/${zone.id}/import`, {
      token: owner.token,
      headers: { "content-type": "text/dns" },
      body: `$ORIGIN ${zone.name}.\n$TTL 300\nnew A 192.0.2.2\n@ MX 5 mx.${zone.name}.\n@ TXT "imported"\n`,
    });
    expect(imported.status).toBe(200);
    expect((await ask(`old.${zone.name}`, "A")).status).toBe("NXDOMAIN");
    expect((await ask(`new.${zone.name}`, "A")).answers).toEqual(["192.0.2.2"]);
    expect((await ask(zone.name, "MX")).answers).toEqual([`5 mx.${zone.name}.`]);
    expect((await ask(zone.name, "TXT")).answers).toEqual(['"imported"']);
    expect(await servedSerial(zone)).toBe(imported.body.zone.serial);
  });

  it("stops answering for a deleted zone", async () => {
    const zone = await createZone(t, owner, organisationId);
    await createRecord(t, owner, zone, { name: "www", type: "A", content: "192.0.2.1" });
    expect((await ask(`www.${zone.name}`, "A")).answers).toEqual(["192.0.2.1"]);
    expect((await t.rest("DELETE", `${zonesPath(organisationId)}/${zone.id}`, { token: owner.token })).status).toBe(204);
    for (const [name, type] of [[`www.${zone.name}`, "A"], [zone.name, "SOA"]] as const) {
      expect(["REFUSED", "NXDOMAIN"]).toContain((await ask(name, type)).status);
    }
  });
});
