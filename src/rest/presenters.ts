/**
 * The JSON shapes of the REST API, frozen here so a schema change cannot silently change them. Enum
 * values are the documented lowercase strings (`free`, `owner`).
 */
import type { ActivityEntryRow, MembershipRow, OrganisationRow, OrgRole, UserRow } from "../db/schema.ts";

export const presentUser = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  platformRole: user.platformRole,
  emailVerified: user.emailVerifiedAt !== null,
  createdAt: user.createdAt.toISOString(),
});

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

export const presentMember = ({ membership, user }: { membership: MembershipRow; user: UserRow }) => ({
  userId: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  orgRole: membership.role,
  joinedAt: membership.joinedAt.toISOString(),
});

export const presentActivityEntry = (entry: ActivityEntryRow, showAddress: boolean) => ({
  id: entry.id,
  action: entry.action,
  actorId: entry.actorId,
  targetType: entry.targetType,
  targetId: entry.targetId,
  metadata: entry.metadata,
  ip: showAddress ? entry.ip : null,
  createdAt: entry.createdAt.toISOString(),
});
