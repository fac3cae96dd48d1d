/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { NodeRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/**
 * A node. Everyone sees where it is, how big and how full, and when it was added (as GraphQL's
 * ServerNode shows them); `internal: true` (platform admins) adds the daemon's address and last change.
 */
export const presentNode = (node: NodeRow, serverCount: number, internal: boolean) => ({
  id: node.id,
  name: node.name,
  location: node.location,
  capacity: node.capacity,
  serverCount,
  dedicatedOrganisationId: node.dedicatedOrganisationId,
  createdAt: isoDateTime(node.createdAt),
  ...(internal ? { fqdn: node.fqdn, updatedAt: isoDateTime(node.updatedAt) } : {}),
});
