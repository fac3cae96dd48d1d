/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import { domainToUnicode } from "node:url";
import type { Config } from "../../config.ts";
import type { ImportResult } from "./import-export.ts";
import { txtValue, type NormalisedRecord } from "./records.ts";
import type { DnsRecordRow, DnsZoneRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/** The zone's name as people read it (internationalised labels decoded). */
export const unicodeZoneName = (zone: DnsZoneRow) => domainToUnicode(zone.name) || zone.name;

/** A zone, with the nameservers to delegate it to at the registrar. */
export const presentDnsZone = (zone: DnsZoneRow, config: Config) => ({
  id: zone.id,
  organisationId: zone.organisationId,
  name: zone.name,
  unicodeName: unicodeZoneName(zone),
  serial: zone.serial,
  nameservers: config.dns.nameservers,
  createdById: zone.createdById,
  createdAt: isoDateTime(zone.createdAt),
  updatedAt: isoDateTime(zone.updatedAt),
});

/** The text a TXT record carries, its strings joined; null for other types. */
export const recordValue = (record: { type: string; content: string }) => (record.type === "TXT" ? txtValue(record.content) : null);

/** A record as a zone file holds it (import results): no id. */
export const presentZoneFileRecord = (record: NormalisedRecord) => ({
  name: record.name,
  absoluteName: record.absoluteName,
  type: record.type,
  content: record.content,
  ttl: record.ttl,
  value: recordValue(record),
});

export const presentDnsRecord = (record: DnsRecordRow) => ({
  id: record.id,
  zoneId: record.zoneId,
  name: record.name,
  absoluteName: record.fqdn,
  type: record.type,
  content: record.content,
  ttl: record.ttl,
  value: recordValue(record),
  createdAt: isoDateTime(record.createdAt),
  updatedAt: isoDateTime(record.updatedAt),
});

export const presentImportResult = (result: ImportResult, config: Config) => ({
  dryRun: result.dryRun,
  added: result.added.map(presentZoneFileRecord),
  removed: result.removed.map(presentZoneFileRecord),
  unchanged: result.unchanged,
  ignored: result.ignored,
  zone: presentDnsZone(result.zone, config),
});
