import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
import { pageLoader, rowLoader } from "../../lib/batch.ts";
import { activityCounts, activityEntriesByIds, activityPages, type ActivityPageShape } from "./queries.ts";
import type { ActivityEntryRow } from "./tables.ts";
import { userReadWith } from "../users/loaders.ts";

export const activityLoaders = defineLoaders((db, loaders) => {
  return {
    byId: rowLoader((ids) => activityEntriesByIds(db, ids), (entry) => entry.id),
    /** Pages of entries; their actors come in the same statement (users/loaders.ts, userReadWith). */
    pageByOrganisation: pageLoader<ActivityPageShape & { parentId: string }, ActivityEntryRow>(
      async (organisationIds, shape) =>
        (await activityPages(db, organisationIds, shape)).map(({ alongside: actor, ...entry }) => {
          if (actor) userReadWith({ loaders }, entry, actor);
          return entry;
        }),
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
