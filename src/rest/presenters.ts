/**
 * The JSON shapes of the REST API, frozen here so a schema change cannot silently change them. Enum
 * values are the documented lowercase strings (`free`, `owner`).
 */
import type { ActivityEntryRow } from "../modules/activity/tables.ts";
import type { MembershipRow } from "../modules/members/tables.ts";
import type { NodeRow } from "../modules/nodes/tables.ts";
import type { OrganisationRow, OrgRole } from "../modules/organisations/tables.ts";
import type { ServerRow } from "../modules/servers/tables.ts";
import type { TunnelDeviceRow } from "../modules/tunnel-devices/tables.ts";
import type { UserRow } from "../modules/users/tables.ts";

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
  createdAt: node.createdAt.toISOString(),
  ...(internal ? { fqdn: node.fqdn, updatedAt: node.updatedAt.toISOString() } : {}),
});

/** A server, saying which organisation (if any) it belongs to. */
export const presentServer = (server: ServerRow, organisation: OrganisationRow | null) => ({
  id: server.id,
  name: server.name,
  organisationId: server.organisationId,
  organisation: organisation ? { id: organisation.id, name: organisation.name, handle: organisation.handle } : null,
  ownerId: server.ownerUserId,
  nodeId: server.nodeId,
  createdById: server.createdById,
  createdAt: server.createdAt.toISOString(),
});

/** A tunnel device; never its enrollment secret or the secret's hash. */
export const presentTunnelDevice = (device: TunnelDeviceRow) => ({
  id: device.id,
  name: device.name,
  organisationId: device.organisationId,
  ownerId: device.ownerUserId,
  createdById: device.createdById,
  lastSeenAt: device.lastSeenAt?.toISOString() ?? null,
  createdAt: device.createdAt.toISOString(),
  updatedAt: device.updatedAt.toISOString(),
});

// Issue 3: invitations and the mailbox.

/**
 * An invitation, never with its token. `delivery` (how its latest email fared) is present only for
 * callers allowed to see it (owners, admins, platform admins); `undefined` leaves the key out.
 */
export const presentInvite = (
  invite: import("../modules/invites/tables.ts").InviteRow,
  extra: {
    status: import("../modules/invites/tables.ts").InviteStatus;
    invitedBy: UserRow | null;
    organisation: OrganisationRow | null;
    delivery?: { status: string; attempts: number; lastError: string | null } | null;
  },
) => ({
  id: invite.id,
  organisationId: invite.organisationId,
  organisation: extra.organisation
    ? { id: extra.organisation.id, name: extra.organisation.name, handle: extra.organisation.handle, avatarUrl: extra.organisation.avatarUrl }
    : null,
  email: invite.email,
  role: invite.role,
  status: extra.status,
  expiresAt: invite.expiresAt.toISOString(),
  createdAt: invite.createdAt.toISOString(),
  invitedBy: extra.invitedBy
    ? { id: extra.invitedBy.id, email: extra.invitedBy.email, firstName: extra.invitedBy.firstName, lastName: extra.invitedBy.lastName }
    : null,
  ...(extra.delivery === undefined ? {} : { delivery: extra.delivery, deliveryFailed: extra.delivery?.status === "failed" }),
});

export const presentMailboxMessage = (message: import("../modules/mailbox/tables.ts").MailboxMessageRow) => ({
  id: message.id,
  kind: message.kind,
  title: message.title,
  body: message.body,
  organisationId: message.organisationId,
  inviteId: message.inviteId,
  read: message.readAt !== null,
  readAt: message.readAt?.toISOString() ?? null,
  createdAt: message.createdAt.toISOString(),
});
