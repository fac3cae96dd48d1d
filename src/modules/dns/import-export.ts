/**
 * A zone as an RFC 1035 zone file, out and in. Export writes the records Guildhall serves with the SOA and
 * apex NS it composes; import makes the zone's records exactly the file's (its SOA and apex NS are Guildhall's
 * and are skipped), all or nothing, under the same rules as the API.
 */
import type { RequestContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { recordActivity } from "../activity/record.ts";
import { changeDns, organisationOfZone, ZONE } from "./access.ts";
import { dnsError } from "./errors.ts";
import { dnsLoaders } from "./loaders.ts";
import { bumpZoneSerial, deleteRecordsByIds, insertRecords, lockZone, recordsOfZones } from "./queries.ts";
import type { NormalisedRecord } from "./records.ts";
import type { DnsZoneRow } from "./tables.ts";
import { diffRecords, exportZoneFile, parseZoneFile } from "./zone-file.ts";
import { asNormalised } from "./zone-records.ts";

/** The zone file of a zone the caller has already read through getDnsZone or a page of zones (which checked access). */
export async function dnsZoneFile(ctx: RequestContext, zone: DnsZoneRow): Promise<string> {
  const records = await dnsLoaders(ctx).allRecordsByZone.load(zone.id);
  const { nameservers, hostmaster } = ctx.config.dns;
  return exportZoneFile(zone, records.map(asNormalised), { nameservers, hostmaster });
}

export type ImportResult = {
  dryRun: boolean;
  /** The zone after the import (unchanged by a dry run or an import that changes nothing). */
  zone: DnsZoneRow;
  added: NormalisedRecord[];
  removed: NormalisedRecord[];
  unchanged: number;
  /** The file's SOA and apex NS records, which Guildhall composes itself and so skips. */
  ignored: number;
};

// The activity entry lists at most this many added and removed records (with the full counts beside them).
const LOGGED_RECORDS = 100;

const snapshot = (record: NormalisedRecord) => ({ name: record.name, type: record.type, content: record.content, ttl: record.ttl });

/**
 * Owners, admins and platform admins: makes the zone's records equal to the zone file's. A record is kept when
 * name, type, content and TTL all match; anything else in the zone is removed and anything else in the file
 * added. `dryRun` reports the same difference and changes nothing (nor counts against the write rate). Every
 * error names the file's line (INVALID_ZONE_FILE, "line 5: ..."); a file with more records than
 * DNS_RECORDS_PER_ZONE is RECORD_LIMIT_REACHED.
 */
export async function importDnsZone(
  ctx: RequestContext,
  input: { zoneId: string; organisationId?: string; zoneFile: unknown; dryRun?: boolean | null },
): Promise<ImportResult> {
  const dryRun = input.dryRun === true;
  const organisationId = await organisationOfZone(ctx, input.zoneId, input.organisationId);
  return changeDns(ctx, organisationId, { notFound: ZONE, rateLimit: !dryRun }, async (tx, organisation) => {
    const zone = isUuid(input.zoneId) ? await lockZone(tx, input.zoneId, organisation.id) : null;
    if (!zone) throw notFound(ZONE);
    const { records: desired, ignored } = parseZoneFile(input.zoneFile as string, zone.name);
    const cap = ctx.config.dns.recordsPerZone;
    if (desired.length > cap) {
      throw dnsError("RECORD_LIMIT_REACHED", `A zone may have ${cap} records, and this file has ${desired.length}.`, "zoneFile");
    }
    const current = (await recordsOfZones(tx, [zone.id])).map(asNormalised);
    const { added, removed, unchanged } = diffRecords(current, desired);
    const result = { dryRun, zone, added, removed: removed.map(({ id: _id, ...record }) => record), unchanged, ignored };
    if (dryRun || (added.length === 0 && removed.length === 0)) return result;

    await deleteRecordsByIds(tx, zone.id, removed.map((record) => record.id));
    await insertRecords(tx, zone, added);
    const bumped = await bumpZoneSerial(tx, zone.id);
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "dns.zone_imported",
      targetType: "dns_zone",
      targetId: zone.id,
      metadata: {
        name: zone.name,
        added: added.slice(0, LOGGED_RECORDS).map(snapshot),
        removed: removed.slice(0, LOGGED_RECORDS).map(snapshot),
        addedCount: added.length,
        removedCount: removed.length,
        unchanged,
        serial: { before: zone.serial, after: bumped.serial },
      },
    });
    return { ...result, zone: bumped };
  });
}
