/** SQL for DNS zones, records and the nameserver settings PowerDNS composes SOA and NS records from. */
import { and, asc, count, eq, like, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { pagesPerParent } from "../../db/pages.ts";
import { anyOf } from "../../db/sql.ts";
import { organisations } from "../organisations/tables.ts";
import type { NormalisedRecord, RecordType } from "./records.ts";
import type { DnsSettings } from "./settings.ts";
import { dnsRecords, dnsSettings, dnsZones, type DnsRecordRow, type DnsZoneRow } from "./tables.ts";

/**
 * Writes the nameserver settings (Guildhall calls this at start). When they differ from what is stored, every
 * zone's SOA and apex NS records change with them, so every zone's serial goes up by one in the same
 * transaction (RFC 1982: it wraps from 4294967295 to 0). Unchanged settings write nothing, so any number of
 * processes starting together agree, as long as they are configured alike.
 */
export async function upsertDnsSettings(db: Db, settings: DnsSettings): Promise<void> {
  // Every start calls this, and the settings seldom change. Read first: the upsert locks the row even when it
  // changes nothing, a write whose commit waits on the disk (~12 ms of a start here).
  const unchanged = await db
    .select({ id: dnsSettings.id })
    .from(dnsSettings)
    .where(and(eq(dnsSettings.nameservers, settings.nameservers), eq(dnsSettings.hostmaster, settings.hostmaster)));
  if (unchanged.length) return;
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

// Zones

export async function zonesByIds(db: Db, ids: string[]): Promise<DnsZoneRow[]> {
  return db.select().from(dnsZones).where(anyOf(dnsZones.id, ids));
}

/** The zone, locked until the transaction ends, if it belongs to the organisation. Every change to a zone's records holds this lock. */
export async function lockZone(db: Db, id: string, organisationId: string): Promise<DnsZoneRow | null> {
  const [row] = await db
    .select()
    .from(dnsZones)
    .where(and(eq(dnsZones.id, id), eq(dnsZones.organisationId, organisationId)))
    .for("update");
  return row ?? null;
}

/**
 * Serialises every creation of a zone whose name shares `key` (names.ts, registrableDomain: any two
 * overlapping names share it) until the transaction ends, so the overlap check that follows sees every
 * zone committed before it and none can be committed beside it.
 */
export async function lockZoneNamespace(db: Db, key: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`guildhall.dns-zone:${key}`}, 0))`);
}

/**
 * Zones that are `name`, one of its parents (`candidates`, from overlapCandidates) or one of its children.
 * Children are found with LIKE '%.name' (zone names hold no `_` or `%`), which reads the whole table: zones
 * are few (capped per organisation) and only zone creation asks.
 */
export async function overlappingZones(db: Db, name: string, candidates: string[]) {
  return db
    .select({ id: dnsZones.id, name: dnsZones.name, organisationId: dnsZones.organisationId })
    .from(dnsZones)
    .where(or(anyOf(dnsZones.name, candidates), like(dnsZones.name, `%.${name}`)));
}

export async function countZonesOfOrganisation(db: Db, organisationId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(dnsZones).where(eq(dnsZones.organisationId, organisationId));
  return row?.total ?? 0;
}

export async function insertZone(db: Db, values: { organisationId: string; name: string; createdById: string }): Promise<DnsZoneRow> {
  const [row] = await db.insert(dnsZones).values(values).returning();
  return row!;
}

/** Deletes the zone; its records go with it (the foreign key cascades). */
export async function deleteZoneRow(db: Db, id: string): Promise<void> {
  await db.delete(dnsZones).where(eq(dnsZones.id, id));
}

/** The next SOA serial, in the transaction of the change it announces (RFC 1982: it wraps past 4294967295). */
export async function bumpZoneSerial(db: Db, id: string): Promise<DnsZoneRow> {
  const [row] = await db
    .update(dnsZones)
    .set({ serial: sql`(${dnsZones.serial} + 1) % 4294967296`, updatedAt: sql`now()` })
    .where(eq(dnsZones.id, id))
    .returning();
  return row!;
}

export type PageShape = { first: number; afterId: string | null };

/** Up to `first + 1` zones per organisation after `afterId`, oldest first, for many organisations in one statement. */
export function zonePagesOfOrganisations(db: Db, organisationIds: string[], { first, afterId }: PageShape) {
  return pagesPerParent(db, {
    parents: organisations,
    parentId: organisations.id,
    parentIds: organisationIds,
    children: dnsZones,
    childId: dnsZones.id,
    parentOfChild: dnsZones.organisationId,
    afterId,
    limit: first + 1,
  }) as PromiseLike<DnsZoneRow[]>;
}

export async function zoneCountsOfOrganisations(db: Db, organisationIds: string[]) {
  return db
    .select({ parentId: dnsZones.organisationId, total: count() })
    .from(dnsZones)
    .where(anyOf(dnsZones.organisationId, organisationIds))
    .groupBy(dnsZones.organisationId);
}

// Records

/** What narrows a zone's record list: a type, a relative owner name (`@`, `www`). */
export type RecordFilter = { type: RecordType | null; name: string | null };

const matching = ({ type, name }: RecordFilter) =>
  and(type ? eq(dnsRecords.type, type) : undefined, name ? eq(dnsRecords.name, name) : undefined);

/** Up to `first + 1` records per zone after `afterId`, oldest first, for many zones in one statement. */
export function recordPagesOfZones(db: Db, zoneIds: string[], shape: PageShape & RecordFilter) {
  return pagesPerParent(db, {
    parents: dnsZones,
    parentId: dnsZones.id,
    parentIds: zoneIds,
    children: dnsRecords,
    childId: dnsRecords.id,
    parentOfChild: dnsRecords.zoneId,
    where: matching(shape),
    afterId: shape.afterId,
    limit: shape.first + 1,
  }) as PromiseLike<DnsRecordRow[]>;
}

export async function recordCountsOfZones(db: Db, zoneIds: string[], filter: RecordFilter) {
  return db
    .select({ parentId: dnsRecords.zoneId, total: count() })
    .from(dnsRecords)
    .where(and(anyOf(dnsRecords.zoneId, zoneIds), matching(filter)))
    .groupBy(dnsRecords.zoneId);
}

export async function recordsByIds(db: Db, ids: string[]): Promise<DnsRecordRow[]> {
  return db.select().from(dnsRecords).where(anyOf(dnsRecords.id, ids));
}

/** Every record of the zones, in id order: for zone files and imports (bounded by the per-zone cap). */
export async function recordsOfZones(db: Db, zoneIds: string[]): Promise<DnsRecordRow[]> {
  return db.select().from(dnsRecords).where(anyOf(dnsRecords.zoneId, zoneIds)).orderBy(asc(dnsRecords.id));
}

export async function recordInZone(db: Db, id: string, zoneId: string): Promise<DnsRecordRow | null> {
  const [row] = await db
    .select()
    .from(dnsRecords)
    .where(and(eq(dnsRecords.id, id), eq(dnsRecords.zoneId, zoneId)));
  return row ?? null;
}

/** The zone's records at one absolute name: what the CNAME and duplicate rules compare a new record with. */
export async function recordsAtName(db: Db, zoneId: string, absoluteName: string): Promise<DnsRecordRow[]> {
  return db
    .select()
    .from(dnsRecords)
    .where(and(eq(dnsRecords.fqdn, absoluteName), eq(dnsRecords.zoneId, zoneId)));
}

export async function countRecordsOfZone(db: Db, zoneId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(dnsRecords).where(eq(dnsRecords.zoneId, zoneId));
  return row?.total ?? 0;
}

const recordValues = (zone: Pick<DnsZoneRow, "id" | "name">, record: NormalisedRecord) => ({
  zoneId: zone.id,
  // Must be the zone's name: the (zone_id, zone_name) foreign key holds it true, and fqdn is built from it.
  zoneName: zone.name,
  name: record.name,
  type: record.type,
  content: record.content,
  ttl: record.ttl,
});

export async function insertRecord(db: Db, zone: Pick<DnsZoneRow, "id" | "name">, record: NormalisedRecord): Promise<DnsRecordRow> {
  const [row] = await db.insert(dnsRecords).values(recordValues(zone, record)).returning();
  return row!;
}

// Seven parameters a row; PostgreSQL takes at most 65,535 parameters in one statement.
const INSERT_CHUNK = 1000;

export async function insertRecords(db: Db, zone: Pick<DnsZoneRow, "id" | "name">, records: readonly NormalisedRecord[]) {
  const rows: DnsRecordRow[] = [];
  for (let start = 0; start < records.length; start += INSERT_CHUNK) {
    const chunk = records.slice(start, start + INSERT_CHUNK).map((record) => recordValues(zone, record));
    rows.push(...(await db.insert(dnsRecords).values(chunk).returning()));
  }
  return rows;
}

export async function updateRecordRow(db: Db, id: string, record: NormalisedRecord): Promise<DnsRecordRow> {
  const [row] = await db
    .update(dnsRecords)
    .set({ name: record.name, type: record.type, content: record.content, ttl: record.ttl, updatedAt: sql`now()` })
    .where(eq(dnsRecords.id, id))
    .returning();
  return row!;
}

export async function deleteRecordsByIds(db: Db, zoneId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.delete(dnsRecords).where(and(eq(dnsRecords.zoneId, zoneId), anyOf(dnsRecords.id, ids)));
}
