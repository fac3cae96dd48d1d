/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { OrganisationRow } from "../organisations/tables.ts";
import type { ServerRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/** A server, saying which organisation (if any) it belongs to. */
export const presentServer = (server: ServerRow, organisation: OrganisationRow | null) => ({
  id: server.id,
  name: server.name,
  organisationId: server.organisationId,
  organisation: organisation ? { id: organisation.id, name: organisation.name, handle: organisation.handle } : null,
  ownerId: server.ownerUserId,
  nodeId: server.nodeId,
  createdById: server.createdById,
  createdAt: isoDateTime(server.createdAt),
});
