/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { ActivityEntryRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

export const presentActivityEntry = (entry: ActivityEntryRow, showAddress: boolean) => ({
  id: entry.id,
  action: entry.action,
  actorId: entry.actorId,
  targetType: entry.targetType,
  targetId: entry.targetId,
  metadata: entry.metadata,
  ip: showAddress ? entry.ip : null,
  createdAt: isoDateTime(entry.createdAt),
});
