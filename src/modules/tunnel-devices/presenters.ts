/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { TunnelDeviceRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/** A tunnel device; never its enrollment secret or the secret's hash. */
export const presentTunnelDevice = (device: TunnelDeviceRow) => ({
  id: device.id,
  name: device.name,
  organisationId: device.organisationId,
  ownerId: device.ownerUserId,
  createdById: device.createdById,
  lastSeenAt: device.lastSeenAt ? isoDateTime(device.lastSeenAt) : null,
  createdAt: isoDateTime(device.createdAt),
  updatedAt: isoDateTime(device.updatedAt),
});
