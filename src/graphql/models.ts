/**
 * What each GraphQL object type is backed by at run time: the parent value its field resolvers receive.
 * codegen.ts maps the SDL types onto these, so resolver typings follow the database rows.
 */
import type { ActivityEntryRow } from "../modules/activity/tables.ts";
import type { MembershipRow } from "../modules/members/tables.ts";
import type { NodeRow } from "../modules/nodes/tables.ts";
import type { OrganisationRow, OrgRole, PortalTier } from "../modules/organisations/tables.ts";
import type { ServerRow } from "../modules/servers/tables.ts";
import type { TunnelDeviceRow } from "../modules/tunnel-devices/tables.ts";
import type { PlatformRole, UserRow } from "../modules/users/tables.ts";
import type { InviteRow, InviteStatus } from "../modules/invites/tables.ts";
import type { MailboxMessageRow } from "../modules/mailbox/tables.ts";
import type { Connection } from "../lib/pagination.ts";

export type { PortalTierInfo } from "../modules/organisations/tiers.ts";
export type User = UserRow;
/** The signed-in user, seen by themself. */
export type Viewer = UserRow;
export type Organisation = OrganisationRow;
export type Membership = MembershipRow;
export type MembershipConnection = Connection<MembershipRow>;
export type ActivityEntry = ActivityEntryRow;
export type ActivityConnection = Connection<ActivityEntryRow>;
export type ServerNode = NodeRow;
export type Server = ServerRow;
export type ServerConnection = Connection<ServerRow>;
/** Resolved lazily: each part asks the service for what it shows. */
export type OrganisationUsage = { organisationId: string };
export type TunnelDevice = TunnelDeviceRow;
export type TunnelDeviceConnection = Connection<TunnelDeviceRow>;

/**
 * GraphQL enums are SCREAMING_SNAKE on the wire and the documented lowercase strings inside (the same
 * strings REST and the database use). These types tell codegen the inside values; the enum resolvers in
 * resolvers.ts translate.
 */
export type PlatformRoleEnum = PlatformRole;
export type OrgRoleEnum = OrgRole;
export type PortalTierEnum = PortalTier;

// Issue 3: invitations and the mailbox.
export type Invite = InviteRow;
export type InviteConnection = Omit<Connection<InviteRow>, "totalCount">;
/** An invitee sees only the organisation's name, handle and avatar. */
export type InvitingOrganisation = OrganisationRow;
export type MailDeliveryStatusEnum = "queued" | "retrying" | "sent" | "failed" | "cancelled";
export type InviteDelivery = { status: MailDeliveryStatusEnum; attempts: number; lastError: string | null };
export type InviteStatusEnum = InviteStatus;
export type MailboxMessage = MailboxMessageRow;
export type MailboxConnection = Connection<MailboxMessageRow> & { unreadCount: () => Promise<number> };
