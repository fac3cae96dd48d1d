import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import type { ServerRow } from "../../db/schema.ts";
import { rowLoader } from "../../lib/batch.ts";
import { personalServersOfUsers, serverCountsOfOrganisations, serversByIds, serversOfOrganisations } from "./queries.ts";

function groupBy<K>(keys: readonly K[], rows: ServerRow[], keyOf: (row: ServerRow) => K | null) {
  const groups = new Map<K, ServerRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function createServerLoaders(db: Db) {
  return {
    byId: rowLoader((ids) => serversByIds(db, ids), (server) => server.id),
    /** Each organisation's servers, oldest first. */
    byOrganisation: new DataLoader<string, ServerRow[]>(async (ids) =>
      groupBy(ids, await serversOfOrganisations(db, [...ids]), (server) => server.organisationId),
    ),
    /** Each user's personal servers, oldest first. */
    personalByUser: new DataLoader<string, ServerRow[]>(async (ids) =>
      groupBy(ids, await personalServersOfUsers(db, [...ids]), (server) => server.ownerUserId),
    ),
    countByOrganisation: new DataLoader<string, number>(async (ids) => {
      const totals = new Map((await serverCountsOfOrganisations(db, [...ids])).map((row) => [row.organisationId, row.total]));
      return ids.map((id) => totals.get(id) ?? 0);
    }),
  };
}
