/** The DNS stories' shared steps: zones and records made through the API, and BIND's zone checker. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestApp } from "../helpers/app.ts";
import { unique, type TestUser } from "../helpers/factories.ts";
import { platformAdminOf } from "../helpers/resources.ts";

/** A zone name no other test uses: siblings under example.com never overlap each other. */
export const zoneName = (prefix = "zone") => `${unique(prefix)}.example.com`;

export const zonesPath = (organisationId: string) => `/api/organisations/${organisationId}/dns/zones`;
export const recordsPath = (organisationId: string, zoneId: string) => `${zonesPath(organisationId)}/${zoneId}/records`;

export type TestZone = { id: string; name: string; organisationId: string; serial: number };
export type TestRecord = { id: string; name: string; type: string; content: string; ttl: number; absoluteName: string; value: string | null };

/** A zone created through REST by `user`. */
export async function createZone(t: TestApp, user: TestUser, organisationId: string, name = zoneName()): Promise<TestZone> {
  const response = await t.rest("POST", zonesPath(organisationId), { token: user.token, body: { name } });
  if (response.status !== 201) throw new Error(`createZone failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A record created through REST by `user`. */
export async function createRecord(
  t: TestApp,
  user: TestUser,
  zone: TestZone,
  record: { name: string; type: string; content: string; ttl?: number },
): Promise<TestRecord> {
  const response = await t.rest("POST", recordsPath(zone.organisationId, zone.id), { token: user.token, body: record });
  if (response.status !== 201) throw new Error(`createRecord failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The zone as REST shows it now. */
export async function readZone(t: TestApp, user: TestUser, zone: TestZone): Promise<TestZone> {
  const response = await t.rest("GET", `${zonesPath(zone.organisationId)}/${zone.id}`, { token: user.token });
  if (response.status !== 200) throw new Error(`readZone failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every record of the zone through REST, page by page. */
export async function listRecords(t: TestApp, user: TestUser, zone: TestZone): Promise<TestRecord[]> {
  const records: TestRecord[] = [];
  for (let cursor: string | null = null; ; ) {
    const query: string = cursor ? `?limit=100&cursor=${cursor}` : "?limit=100";
    const response = await t.rest("GET", `${recordsPath(zone.organisationId, zone.id)}${query}`, { token: user.token });
    if (response.status !== 200) throw new Error(`listRecords failed: ${JSON.stringify(response.body)}`);
    records.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (!cursor) return records;
  }
}

/** Turns the `dns` flag on or off for one organisation, as a platform admin. */
export async function setDnsFlag(t: TestApp, organisationId: string, enabled: boolean | null) {
  const admin = await platformAdminOf(t);
  const response = await t.rest("PUT", "/api/admin/feature-flags/dns", { token: admin.token, body: { enabled, organisationId } });
  if (response.status !== 200) throw new Error(`setDnsFlag failed: ${JSON.stringify(response.body)}`);
}

/** BIND's own zone checker, the judge of what we export. */
export function namedCheckzone(name: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "guildhall-zone-"));
  try {
    const file = path.join(dir, `${name}.zone`);
    writeFileSync(file, text);
    const result = spawnSync("/usr/bin/named-checkzone", [name, file], { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A sample of valid records, one or more of every type, as a person would type them, with what the API stores. */
export const VALID_RECORDS = [
  { input: { name: "@", type: "A", content: "203.0.113.10" }, content: "203.0.113.10" },
  { input: { name: "www", type: "AAAA", content: "2001:DB8:0::10" }, content: "2001:db8::10" },
  { input: { name: "shop", type: "CNAME", content: "shops.example.net" }, content: "shops.example.net." },
  { input: { name: "dev", type: "NS", content: "ns1.other-dns.net." }, content: "ns1.other-dns.net." },
  { input: { name: "10", type: "PTR", content: "host.example.net" }, content: "host.example.net." },
  { input: { name: "@", type: "MX", content: "10 mail.example.net" }, content: "10 mail.example.net." },
  { input: { name: "@", type: "TXT", content: "v=spf1 mx -all" }, content: '"v=spf1 mx -all"', value: "v=spf1 mx -all" },
  { input: { name: "_minecraft._tcp", type: "SRV", content: "0 5 25565 mc.example.net" }, content: "0 5 25565 mc.example.net." },
  { input: { name: "@", type: "CAA", content: '0 issue "letsencrypt.org"' }, content: '0 issue "letsencrypt.org"' },
] as const;
