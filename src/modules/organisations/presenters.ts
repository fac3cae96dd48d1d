/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { Config } from "../../config.ts";
import { avatarUrl } from "../avatars/urls.ts";
import type { OrgRole, OrganisationRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/** `config` gives the avatar's absolute URL (from PUBLIC_URL). */
export const presentOrganisation = (
  organisation: OrganisationRow,
  config: Pick<Config, "publicUrl">,
  extra: { orgRole?: OrgRole | null; memberCount?: number } = {},
) => ({
  id: organisation.id,
  name: organisation.name,
  handle: organisation.handle,
  ownerId: organisation.ownerId,
  portalTier: organisation.portalTier,
  avatarUrl: avatarUrl(config, organisation),
  createdAt: isoDateTime(organisation.createdAt),
  updatedAt: isoDateTime(organisation.updatedAt),
  ...extra,
});
