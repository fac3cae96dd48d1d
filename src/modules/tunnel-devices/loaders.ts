import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import type { TunnelDeviceRow } from "./tables.ts";
import { countLoader, groupByKey, pageLoader } from "../../lib/batch.ts";
import {
  defaultViewTunnelDeviceCount,
  personalTunnelDevicePagesOfUsers,
  personalTunnelDevicesOfUsers,
  tunnelDeviceCountsOfOrganisations,
  tunnelDevicePagesOfOrganisations,
  tunnelDevicesOfOrganisations,
  type TunnelDevicePageShape,
} from "./queries.ts";
import type { DefaultViewScope } from "../active-organisation/service.ts";


export function createTunnelDeviceLoaders(db: Db) {
  return {
    /** Each organisation's devices, oldest first (the REST lists). */
    byOrganisation: new DataLoader<string, TunnelDeviceRow[]>(async (ids) =>
      groupByKey(ids, await tunnelDevicesOfOrganisations(db, [...ids]), (device) => device.organisationId),
    ),
    /** Each user's personal devices, oldest first (the REST lists). */
    personalByUser: new DataLoader<string, TunnelDeviceRow[]>(async (ids) =>
      groupByKey(ids, await personalTunnelDevicesOfUsers(db, [...ids]), (device) => device.ownerUserId),
    ),
    /** Up to `first + 1` of each organisation's devices after `afterId`, oldest first. */
    pageByOrganisation: pageLoader<TunnelDevicePageShape & { parentId: string }, TunnelDeviceRow>(
      (organisationIds, shape) => tunnelDevicePagesOfOrganisations(db, organisationIds, shape),
      (device) => device.organisationId!,
    ),
    /** Up to `first + 1` of each user's personal devices after `afterId`, oldest first. */
    personalPageByUser: pageLoader<TunnelDevicePageShape & { parentId: string }, TunnelDeviceRow>(
      (userIds, shape) => personalTunnelDevicePagesOfUsers(db, userIds, shape),
      (device) => device.ownerUserId!,
    ),
    countByOrganisation: countLoader((organisationIds) => tunnelDeviceCountsOfOrganisations(db, organisationIds)),
    /** The total of a default view (one viewer per request, so one statement per scope). */
    defaultViewCount: new DataLoader<DefaultViewScope, number, string>(
      (scopes) => Promise.all(scopes.map((scope) => defaultViewTunnelDeviceCount(db, scope.userId, scope.activeOrganisationId))),
      { cacheKeyFn: (scope) => `${scope.userId}|${scope.activeOrganisationId}` },
    ),
  };
}
