/** Where an organisation's avatar is served: absolute, from PUBLIC_URL (never from request headers). */
import type { Config } from "../../config.ts";
import type { OrganisationRow } from "../organisations/tables.ts";

export const AVATAR_PATH = "/avatars";

export function avatarUrl(config: Pick<Config, "publicUrl">, organisation: Pick<OrganisationRow, "avatarFileName">): string | null {
  return organisation.avatarFileName ? `${config.publicUrl}${AVATAR_PATH}/${organisation.avatarFileName}` : null;
}
