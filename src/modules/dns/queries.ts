/** SQL for DNS zones, records and the nameserver settings PowerDNS composes SOA and NS records from. */
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { DnsSettings } from "./settings.ts";
import { dnsSettings, dnsZones } from "./tables.ts";

/**
 * Writes the nameserver settings (Guildhall calls this at start). When they differ from what is stored, every
 * zone's SOA and apex NS records change with them, so every zone's serial goes up by one in the same
 * transaction (RFC 1982: it wraps from 4294967295 to 0). Unchanged settings write nothing, so any number of
 * processes starting together agree, as long as they are configured alike.
 */
export async function upsertDnsSettings(db: Db, settings: DnsSettings): Promise<void> {
  await db.transaction(async (tx) => {
    const changed = await tx
      .insert(dnsSettings)
      .values({ id: true, nameservers: settings.nameservers, hostmaster: settings.hostmaster })
      .onConflictDoUpdate({
        target: dnsSettings.id,
        set: { nameservers: settings.nameservers, hostmaster: settings.hostmaster, updatedAt: sql`now()` },
        setWhere: sql`(${dnsSettings.nameservers}, ${dnsSettings.hostmaster}) is distinct from (excluded.nameservers, excluded.hostmaster)`,
      })
      .returning({ id: dnsSettings.id });
    if (changed.length === 0) return;
    await tx.update(dnsZones).set({ serial: sql`(${dnsZones.serial} + 1) % 4294967296`, updatedAt: sql`now()` });
  });
}
