/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { OrgRole, OrganisationRow } from "./tables.ts";

export const presentOrganisation = (
  organisation: OrganisationRow,
  extra: { orgRole?: OrgRole | null; memberCount?: number } = {},
) => ({
  id: organisation.id,
  name: organisation.name,
  handle: organisation.handle,
  ownerId: organisation.ownerId,
  portalTier: organisation.portalTier,
  avatarUrl: organisation.avatarUrl,
  createdAt: organisation.createdAt.toISOString(),
  updatedAt: organisation.updatedAt.toISOString(),
  ...extra,
});
