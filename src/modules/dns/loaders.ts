/** Per-request loaders for zones and records: one statement per batch, however many zones a page shows. */
import DataLoader from "dataloader";
import { countLoader, groupByKey, pageLoader, rowLoader } from "../../lib/batch.ts";
import { defineLoaders } from "../../lib/loaders.ts";
import {
  recordCountsOfZones,
  recordPagesOfZones,
  recordsByIds,
  recordsOfZones,
  zoneCountsOfOrganisations,
  zonePagesOfOrganisations,
  zonesByIds,
  type PageShape,
  type RecordFilter,
} from "./queries.ts";
import type { DnsRecordRow, DnsZoneRow } from "./tables.ts";

type RecordCountKey = RecordFilter & { zoneId: string };

export const dnsLoaders = defineLoaders((db) => ({
  zoneById: rowLoader((ids) => zonesByIds(db, ids), (zone) => zone.id),
  zonePageByOrganisation: pageLoader<PageShape & { parentId: string }, DnsZoneRow>(
    async (ids, shape) => zonePagesOfOrganisations(db, ids, shape),
    (zone) => zone.organisationId,
  ),
  zoneCountByOrganisation: countLoader((ids) => zoneCountsOfOrganisations(db, ids)),
  recordById: rowLoader((ids) => recordsByIds(db, ids), (record) => record.id),
  recordPageByZone: pageLoader<PageShape & RecordFilter & { parentId: string }, DnsRecordRow>(
    async (ids, shape) => recordPagesOfZones(db, ids, shape),
    (record) => record.zoneId,
  ),
  /** Counts per zone, one statement per filter. */
  recordCountByZone: new DataLoader<RecordCountKey, number, string>(
    async (keys) => {
      const groups = new Map<string, { filter: RecordFilter; zoneIds: string[] }>();
      for (const { zoneId, type, name } of keys) {
        const id = JSON.stringify([type, name]);
        const group = groups.get(id) ?? { filter: { type, name }, zoneIds: [] };
        group.zoneIds.push(zoneId);
        groups.set(id, group);
      }
      const totals = new Map<string, number>();
      for (const [id, { filter, zoneIds }] of groups) {
        for (const row of await recordCountsOfZones(db, zoneIds, filter)) totals.set(`${id}|${row.parentId}`, row.total);
      }
      return keys.map((key) => totals.get(`${JSON.stringify([key.type, key.name])}|${key.zoneId}`) ?? 0);
    },
    { cacheKeyFn: (key) => JSON.stringify([key.zoneId, key.type, key.name]) },
  ),
  /** Every record of a zone, for its zone file. */
  allRecordsByZone: new DataLoader<string, DnsRecordRow[]>(async (zoneIds) =>
    groupByKey(zoneIds, await recordsOfZones(db, [...zoneIds]), (record) => record.zoneId),
  ),
}));
