import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import type { TunnelDeviceRow } from "../../db/schema.ts";
import { personalTunnelDevicesOfUsers, tunnelDevicesOfOrganisations } from "./queries.ts";

function groupBy(keys: readonly string[], rows: TunnelDeviceRow[], keyOf: (row: TunnelDeviceRow) => string | null) {
  const groups = new Map<string, TunnelDeviceRow[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export function createTunnelDeviceLoaders(db: Db) {
  return {
    byOrganisation: new DataLoader<string, TunnelDeviceRow[]>(async (ids) =>
      groupBy(ids, await tunnelDevicesOfOrganisations(db, [...ids]), (device) => device.organisationId),
    ),
    personalByUser: new DataLoader<string, TunnelDeviceRow[]>(async (ids) =>
      groupBy(ids, await personalTunnelDevicesOfUsers(db, [...ids]), (device) => device.ownerUserId),
    ),
  };
}
