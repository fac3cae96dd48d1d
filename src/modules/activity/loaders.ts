import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
import { pageLoader, rowLoader } from "../../lib/batch.ts";
import { activityCounts, activityEntriesByIds, activityPages, sessionUserWithMembershipAndActivityPage, type ActivityPageShape } from "./queries.ts";
import type { SessionPageRead } from "../members/loaders.ts";
import type { ActivityEntryRow } from "./tables.ts";
import { rowsKeepingUsers, rowsWithUsers } from "../users/loaders.ts";

export const activityLoaders = defineLoaders((db) => {
  return {
    byId: rowLoader((ids) => activityEntriesByIds(db, ids), (entry) => entry.id),
    /** Pages of entries; their actors come in the same statement (users/loaders.ts, userReadWith). */
    pageByOrganisation: pageLoader<ActivityPageShape & { parentId: string }, ActivityEntryRow>(
      async (organisationIds, shape) => rowsKeepingUsers(await activityPages(db, organisationIds, shape)),
      (entry) => entry.organisationId,
    ),
    countByOrganisation: new DataLoader<{ organisationId: string; action: string | null }, number, string>(
      async (keys) => {
        const byAction = new Map<string | null, typeof keys[number][]>();
        for (const key of keys) byAction.set(key.action, [...(byAction.get(key.action) ?? []), key]);
        const totals = new Map<string, number>();
        for (const [action, group] of byAction) {
          for (const row of await activityCounts(db, group.map((key) => key.organisationId), action)) {
            totals.set(`${action}|${row.organisationId}`, row.total);
          }
        }
        return keys.map((key) => totals.get(`${key.action}|${key.organisationId}`) ?? 0);
      },
      { cacheKeyFn: (key) => `${key.action}|${key.organisationId}` },
    ),
  };
});

/** The key pageByOrganisation keeps a page of an organisation's log under (the service loads by it too). */
export const activityPageKey = (organisationId: string, { first, afterId, action }: ActivityPageShape) => ({ parentId: organisationId, first, afterId, action });

/** SessionPageRead (members/loaders.ts) for a page of the organisation's log (GET /organisations/:id/activity). */
export function activityPageWithSession(shape: ActivityPageShape): SessionPageRead {
  return async (db, tokenHash, organisationId, loaders) => {
    const found = await sessionUserWithMembershipAndActivityPage(db, tokenHash, organisationId, shape);
    if (found) activityLoaders({ loaders }).pageByOrganisation.prime(activityPageKey(organisationId, shape), rowsWithUsers(found.rows));
    return found;
  };
}
