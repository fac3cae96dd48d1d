/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { Config } from "../../config.ts";
import { avatarUrl } from "../avatars/urls.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserCard } from "../users/tables.ts";
import type { InviteRow, InviteStatus } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

/**
 * An invitation, never with its token. `delivery` (how its latest email fared) is present only for
 * callers allowed to see it (owners, admins, platform admins); `undefined` leaves the key out.
 */
export const presentInvite = (
  invite: InviteRow,
  config: Pick<Config, "publicUrl">,
  extra: {
    status: InviteStatus;
    invitedBy: UserCard | null;
    organisation: OrganisationRow | null;
    delivery?: { status: string; attempts: number; lastError: string | null } | null;
  },
) => ({
  id: invite.id,
  organisationId: invite.organisationId,
  organisation: extra.organisation
    ? { id: extra.organisation.id, name: extra.organisation.name, handle: extra.organisation.handle, avatarUrl: avatarUrl(config, extra.organisation) }
    : null,
  email: invite.email,
  role: invite.role,
  status: extra.status,
  expiresAt: isoDateTime(invite.expiresAt),
  createdAt: isoDateTime(invite.createdAt),
  invitedBy: extra.invitedBy
    ? { id: extra.invitedBy.id, email: extra.invitedBy.email, firstName: extra.invitedBy.firstName, lastName: extra.invitedBy.lastName }
    : null,
  ...(extra.delivery === undefined ? {} : { delivery: extra.delivery, deliveryFailed: extra.delivery?.status === "failed" }),
});
