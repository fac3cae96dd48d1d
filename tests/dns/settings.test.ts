/**
 * The nameserver settings are written at every start (src/modules/dns/queries.ts, upsertDnsSettings). Settings
 * as stored write nothing, so no zone's serial moves; new ones are stored and every zone's serial goes up once.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertDnsSettings } from "../../src/modules/dns/queries.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";
import { createZone, zonesPath } from "./dns-helpers.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ DNS_NAMESERVERS: "ns1.dns.example.org,ns2.dns.example.org", DNS_HOSTMASTER: "hostmaster.example.org" });
});
afterAll(() => t.close());

/** The stored row's nameservers, hostmaster, when it last changed, and xmax: a lock taken on it (even with nothing changed) shows there. */
async function storedSettings() {
  const result = await t.app.deps.db.execute(sql`select nameservers, hostmaster, updated_at::text as "updatedAt", xmax::text from dns_settings`);
  return (Array.isArray(result) ? result : (result as unknown as { rows: unknown[] }).rows) as { nameservers: string[]; hostmaster: string; updatedAt: string; xmax: string }[];
}

describe("the nameserver settings written at start", () => {
  it("as stored: nothing is written and no serial moves; changed: stored, and each zone's serial goes up once", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const zone = await createZone(t, owner, organisation.id);
    const readZone = async () => (await t.rest("GET", `${zonesPath(organisation.id)}/${zone.id}`, { token: owner.token })).body;
    const before = await storedSettings();
    expect(before).toEqual([{ nameservers: ["ns1.dns.example.org", "ns2.dns.example.org"], hostmaster: "hostmaster.example.org", updatedAt: expect.any(String), xmax: expect.any(String) }]);

    await upsertDnsSettings(t.app.deps.db, { nameservers: ["ns1.dns.example.org", "ns2.dns.example.org"], hostmaster: "hostmaster.example.org" });
    expect(await storedSettings()).toEqual(before);
    expect(await readZone()).toMatchObject({ serial: 1, nameservers: ["ns1.dns.example.org", "ns2.dns.example.org"] });

    const moved = { nameservers: ["ns1.dns.example.net", "ns2.dns.example.net", "ns3.dns.example.net"], hostmaster: "hostmaster.example.org" };
    await upsertDnsSettings(t.app.deps.db, moved);
    const [after] = await storedSettings();
    expect(after).toMatchObject(moved);
    expect(after!.updatedAt).not.toBe(before[0]!.updatedAt);
    expect(await readZone()).toMatchObject({ serial: 2 });

    // The same again (another process starting with the new settings): nothing more.
    await upsertDnsSettings(t.app.deps.db, moved);
    expect(await storedSettings()).toEqual([after]);
    expect(await readZone()).toMatchObject({ serial: 2 });

    // Only the hostmaster changed: a change too.
    await upsertDnsSettings(t.app.deps.db, { ...moved, hostmaster: "dns.example.net" });
    expect(await storedSettings()).toEqual([expect.objectContaining({ hostmaster: "dns.example.net" })]);
    expect(await readZone()).toMatchObject({ serial: 3 });
  });
});
