/**
 * DNS records: read by the zone's organisation's members, changed by its owners and admins (and platform
 * admins). Every change holds the zone's row lock while it checks the rules (records.ts, checkRecordRules)
 * against the records already at the same name, and bumps the zone's SOA serial in the same transaction, so
 * PowerDNS serves the new record and the new serial from the same commit.
 */
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { invalidInput, notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { recordActivity } from "../activity/record.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import { authorizeDnsRead, changeDns, organisationOfZone, RECORD, scopeOfRecord, ZONE } from "./access.ts";
import { dnsError } from "./errors.ts";
import { dnsLoaders } from "./loaders.ts";
import { normaliseRecordName } from "./names.ts";
import {
  bumpZoneSerial,
  countRecordsOfZone,
  deleteRecordsByIds,
  insertRecord,
  lockZone,
  recordInZone,
  recordsAtName,
  updateRecordRow,
} from "./queries.ts";
import { checkRecordRules, isRecordType, normaliseRecord, type NormalisedRecord, type RecordType } from "./records.ts";
import type { DnsRecordRow, DnsZoneRow } from "./tables.ts";

export const RECORD_PAGE = { defaultSize: 50, max: 100 };

export type RecordInput = { name?: unknown; type?: unknown; content?: unknown; ttl?: unknown };
export type RecordChange = { record: DnsRecordRow; zone: DnsZoneRow };

/** A stored record in the shape the rules and diffs compare. */
export const asNormalised = (row: DnsRecordRow): NormalisedRecord & { id: string } => ({
  id: row.id,
  name: row.name,
  absoluteName: row.fqdn,
  type: row.type,
  content: row.content,
  ttl: row.ttl,
});

/** What the activity log keeps of a record. */
const snapshot = (record: NormalisedRecord) => ({ name: record.name, type: record.type, content: record.content, ttl: record.ttl });

/** Inside a change: the zone, locked, if it is the organisation's; otherwise `what` was not found. */
async function lockedZone(tx: Db, zoneId: unknown, organisation: OrganisationRow, what = ZONE): Promise<DnsZoneRow> {
  const zone = isUuid(zoneId) ? await lockZone(tx, zoneId, organisation.id) : null;
  if (!zone) throw notFound(what);
  return zone;
}

/** Throws unless `candidate` may join the records already at its name (the zone's lock is held). */
async function checkAgainstNeighbours(tx: Db, zone: DnsZoneRow, candidate: NormalisedRecord & { id?: string }) {
  const neighbours = (await recordsAtName(tx, zone.id, candidate.absoluteName)).map(asNormalised);
  checkRecordRules(neighbours, candidate, zone.name);
}

function logRecordChange(tx: Db, ctx: RequestContext, zone: DnsZoneRow, action: string, recordId: string, metadata: Record<string, unknown>) {
  return recordActivity(tx, ctx, {
    organisationId: zone.organisationId,
    action,
    targetType: "dns_record",
    targetId: recordId,
    metadata: { zoneId: zone.id, zone: zone.name, ...metadata },
  });
}

/**
 * Owners, admins and platform admins: a new record in the zone, within DNS_RECORDS_PER_ZONE
 * (RECORD_LIMIT_REACHED). `name` is relative (`www`, `@`) or absolute inside the zone; `content` is
 * presentation form (hostnames absolute, dot or not; TXT plain text or quoted strings); `ttl` defaults to 3600.
 */
export async function createDnsRecord(
  ctx: RequestContext,
  input: RecordInput & { zoneId: string; organisationId?: string },
): Promise<RecordChange> {
  const organisationId = await organisationOfZone(ctx, input.zoneId, input.organisationId);
  return changeDns(ctx, organisationId, { notFound: ZONE }, async (tx, organisation) => {
    const zone = await lockedZone(tx, input.zoneId, organisation);
    const candidate = normaliseRecord({ name: input.name, type: input.type, content: input.content, ttl: input.ttl }, zone.name);
    const cap = ctx.config.dns.recordsPerZone;
    const used = await countRecordsOfZone(tx, zone.id);
    if (used >= cap) throw dnsError("RECORD_LIMIT_REACHED", `A zone may have ${cap} records, and ${zone.name} has ${used}.`);
    await checkAgainstNeighbours(tx, zone, candidate);
    const row = await insertRecord(tx, zone, candidate);
    const bumped = await bumpZoneSerial(tx, zone.id);
    await logRecordChange(tx, ctx, bumped, "dns.record_created", row.id, { before: null, after: snapshot(candidate) });
    return { record: row, zone: bumped };
  });
}

/**
 * Like createDnsRecord: changes a record. `replace` (REST PUT) takes the input as the whole record (a
 * missing TTL is the default); otherwise (PATCH, GraphQL) fields left out keep their values. A change that
 * changes nothing writes nothing. The zone and organisation, when given, must be the record's.
 */
export async function updateDnsRecord(
  ctx: RequestContext,
  input: RecordInput & { id: string; zoneId?: string; organisationId?: string },
  options: { replace?: boolean } = {},
): Promise<RecordChange> {
  const scope = await scopeOfRecord(ctx, input.id, input);
  return changeDns(ctx, scope.organisationId, { notFound: RECORD }, async (tx, organisation) => {
    const zone = await lockedZone(tx, scope.zoneId, organisation, RECORD);
    const existing = isUuid(input.id) ? await recordInZone(tx, input.id, zone.id) : null;
    if (!existing) throw notFound(RECORD);
    const given = (value: unknown) => value !== undefined && value !== null;
    const merged = options.replace
      ? { name: input.name, type: input.type, content: input.content, ttl: input.ttl }
      : {
          name: given(input.name) ? input.name : existing.name,
          type: given(input.type) ? input.type : existing.type,
          content: given(input.content) ? input.content : existing.content,
          ttl: given(input.ttl) ? input.ttl : existing.ttl,
        };
    const candidate = { ...normaliseRecord(merged, zone.name), id: existing.id };
    const before = asNormalised(existing);
    if (JSON.stringify(snapshot(before)) === JSON.stringify(snapshot(candidate))) return { record: existing, zone };
    await checkAgainstNeighbours(tx, zone, candidate);
    const row = await updateRecordRow(tx, existing.id, candidate);
    const bumped = await bumpZoneSerial(tx, zone.id);
    await logRecordChange(tx, ctx, bumped, "dns.record_updated", row.id, { before: snapshot(before), after: snapshot(candidate) });
    return { record: row, zone: bumped };
  });
}

/** Like updateDnsRecord: deletes a record. Returns its id and the zone as the deletion left it. */
export async function deleteDnsRecord(
  ctx: RequestContext,
  input: { id: string; zoneId?: string; organisationId?: string },
): Promise<{ id: string; zone: DnsZoneRow }> {
  const scope = await scopeOfRecord(ctx, input.id, input);
  return changeDns(ctx, scope.organisationId, { notFound: RECORD }, async (tx, organisation) => {
    const zone = await lockedZone(tx, scope.zoneId, organisation, RECORD);
    const existing = isUuid(input.id) ? await recordInZone(tx, input.id, zone.id) : null;
    if (!existing) throw notFound(RECORD);
    await deleteRecordsByIds(tx, zone.id, [existing.id]);
    const bumped = await bumpZoneSerial(tx, zone.id);
    await logRecordChange(tx, ctx, bumped, "dns.record_deleted", existing.id, { before: snapshot(asNormalised(existing)), after: null });
    return { id: existing.id, zone: bumped };
  });
}

/** Members and platform admins: one record of the organisation's zone (REST names all three). */
export async function getDnsRecord(
  ctx: RequestContext,
  input: { id: string; zoneId: string; organisationId: string },
): Promise<DnsRecordRow> {
  await authorizeDnsRead(ctx, input.organisationId, RECORD);
  const record = isUuid(input.id) ? await dnsLoaders(ctx).recordById.load(input.id) : null;
  const zone = record?.zoneId === input.zoneId ? await dnsLoaders(ctx).zoneById.load(record.zoneId) : null;
  if (!record || zone?.organisationId !== input.organisationId) throw notFound(RECORD);
  return record;
}

export type RecordListInput = PageArgs & { type?: unknown; name?: unknown };

/**
 * A page of the zone's records, oldest first, and their total, optionally of one type and one owner name
 * (relative or absolute). The caller has already read the zone through getDnsZone or a page of zones, which
 * checked the viewer's access and the flag.
 */
export async function pageZoneRecords(ctx: RequestContext, zone: DnsZoneRow, input: RecordListInput) {
  const { first, afterId } = pageRequest(input, RECORD_PAGE);
  const filter = recordFilter(zone, input);
  const rows = await dnsLoaders(ctx).recordPageByZone.load({ parentId: zone.id, first, afterId, ...filter });
  return { page: toPage(rows, first), totalCount: () => dnsLoaders(ctx).recordCountByZone.load({ zoneId: zone.id, ...filter }) };
}

function recordFilter(zone: DnsZoneRow, input: { type?: unknown; name?: unknown }): { type: RecordType | null; name: string | null } {
  let type: RecordType | null = null;
  if (input.type !== undefined && input.type !== null && input.type !== "") {
    const upper = typeof input.type === "string" ? input.type.trim().toUpperCase() : "";
    if (!isRecordType(upper)) throw invalidInput(`type is not a record type Guildhall serves.`, "type");
    type = upper;
  }
  // "@" is the apex; an empty name is no filter (`?name=`).
  const name = input.name === undefined || input.name === null || input.name === "" ? null : normaliseRecordName(input.name, zone.name).relative;
  return { type, name };
}
