import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import type { ServerRow } from "./tables.ts";
import { countLoader, groupByKey, pageLoader, rowLoader } from "../../lib/batch.ts";
import {
  defaultViewServerCount,
  personalServerPagesOfUsers,
  personalServersOfUsers,
  serverCountsOfOrganisations,
  serverPagesOfOrganisations,
  serversByIds,
  serversOfOrganisations,
  type ServerPageShape,
} from "./queries.ts";
import type { DefaultViewScope } from "../active-organisation/service.ts";


export function createServerLoaders(db: Db) {
  return {
    byId: rowLoader((ids) => serversByIds(db, ids), (server) => server.id),
    /** Each organisation's servers, oldest first (the REST lists). */
    byOrganisation: new DataLoader<string, ServerRow[]>(async (ids) =>
      groupByKey(ids, await serversOfOrganisations(db, [...ids]), (server) => server.organisationId),
    ),
    /** Each user's personal servers, oldest first (the REST lists). */
    personalByUser: new DataLoader<string, ServerRow[]>(async (ids) =>
      groupByKey(ids, await personalServersOfUsers(db, [...ids]), (server) => server.ownerUserId),
    ),
    countByOrganisation: countLoader((ids) => serverCountsOfOrganisations(db, ids)),
    /** Up to `first + 1` of each organisation's servers after `afterId`, oldest first. */
    pageByOrganisation: pageLoader<ServerPageShape & { parentId: string }, ServerRow>(
      (organisationIds, shape) => serverPagesOfOrganisations(db, organisationIds, shape),
      (server) => server.organisationId!,
    ),
    /** Up to `first + 1` of each user's personal servers after `afterId`, oldest first. */
    personalPageByUser: pageLoader<ServerPageShape & { parentId: string }, ServerRow>(
      (userIds, shape) => personalServerPagesOfUsers(db, userIds, shape),
      (server) => server.ownerUserId!,
    ),
    /** The total of a default view (one viewer per request, so one statement per scope). */
    defaultViewCount: new DataLoader<DefaultViewScope, number, string>(
      (scopes) => Promise.all(scopes.map((scope) => defaultViewServerCount(db, scope.userId, scope.activeOrganisationId))),
      { cacheKeyFn: (scope) => `${scope.userId}|${scope.activeOrganisationId}` },
    ),
  };
}
