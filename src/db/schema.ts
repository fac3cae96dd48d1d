/**
 * Every table Guildhall keeps: the single source for drizzle-kit migrations and for the row types that
 * the GraphQL codegen maps onto. Integrity lives here, in constraints, so concurrent requests cannot
 * break it. Ids are UUIDv7: time-ordered, so `ORDER BY id` is creation order and a keyset cursor is one
 * column.
 */
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { v7 as uuidv7 } from "uuid";

const id = () => uuid("id").primaryKey().$defaultFn(() => uuidv7());
const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const PLATFORM_ROLES = ["user", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export const ORG_ROLES = ["owner", "admin", "member"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const PORTAL_TIERS = ["free", "paid", "educational", "enterprise"] as const;
export type PortalTier = (typeof PORTAL_TIERS)[number];

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text("email").notNull(),
    passwordHash: text("password_hash").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    platformRole: text("platform_role").$type<PlatformRole>().notNull().default("user"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    activeOrganisationId: uuid("active_organisation_id").references((): AnyPgColumn => organisations.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    check("users_platform_role_valid", sql`${t.platformRole} in ('user', 'admin')`),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** SHA-256 of the bearer token; the token itself is only ever in the client's hands. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [index("sessions_user_id_idx").on(t.userId)],
);

/** Fixed-window counters shared by every Guildhall process (login throttling, invite quotas). */
export const rateLimitBuckets = pgTable("rate_limit_buckets", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull(),
  windowEndsAt: timestamp("window_ends_at", { withTimezone: true }).notNull(),
});

export const organisations = pgTable(
  "organisations",
  {
    id: id(),
    name: text("name").notNull(),
    handle: text("handle").notNull().unique(),
    ownerId: uuid("owner_id").notNull(),
    /**
     * Always 'owner': lets the (id, owner_id, owner_role) foreign key in drizzle/0001_owner_integrity.sql
     * point at the owner's membership row. That key is hand-written because it must be DEFERRABLE (an
     * organisation and its owner's membership are inserted, and ownership moves, in one transaction).
     */
    ownerRole: text("owner_role")
      .$type<OrgRole>()
      .notNull()
      .generatedAlwaysAs(sql`'owner'`),
    portalTier: text("portal_tier").$type<PortalTier>().notNull().default("free"),
    avatarUrl: text("avatar_url"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check(
      "organisations_handle_format",
      sql`${t.handle} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(${t.handle}) between 3 and 39`,
    ),
    check("organisations_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check(
      "organisations_portal_tier_valid",
      sql`${t.portalTier} in ('free', 'paid', 'educational', 'enterprise')`,
    ),
    index("organisations_owner_id_idx").on(t.ownerId),
  ],
);

export const organisationMembers = pgTable(
  "organisation_members",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role").$type<OrgRole>().notNull(),
    joinedAt: timestamp("joined_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("organisation_members_org_user_unique").on(t.organisationId, t.userId),
    unique("organisation_members_org_user_role_unique").on(t.organisationId, t.userId, t.role),
    uniqueIndex("organisation_members_one_owner").on(t.organisationId).where(sql`role = 'owner'`),
    index("organisation_members_user_id_idx").on(t.userId),
    index("organisation_members_org_id_idx").on(t.organisationId, t.id),
    check("organisation_members_role_valid", sql`${t.role} in ('owner', 'admin', 'member')`),
  ],
);

export const activityEntries = pgTable(
  "activity_entries",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    metadata: jsonb("metadata").$type<Record<string, unknown>>().notNull().default({}),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_entries_org_id_idx").on(t.organisationId, t.id.desc()),
    index("activity_entries_org_action_id_idx").on(t.organisationId, t.action, t.id.desc()),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type OrganisationRow = typeof organisations.$inferSelect;
export type MembershipRow = typeof organisationMembers.$inferSelect;
export type ActivityEntryRow = typeof activityEntries.$inferSelect;

// ---------------------------------------------------------------------------------------------------
// Issue 4: nodes, servers and tunnel devices. Capacity and tier limits are held by row locks in the
// services (organisation / user row, then node rows); the constraints here keep every row well-formed.
// ---------------------------------------------------------------------------------------------------

/**
 * A machine that hosts game servers. `dedicated_organisation_id` null means the shared pool; set, only
 * that organisation's servers may be placed on it. Deleting the organisation returns the node to the pool.
 */
export const nodes = pgTable(
  "nodes",
  {
    id: id(),
    name: text("name").notNull(),
    /** The daemon's address: internal, shown to platform admins only. */
    fqdn: text("fqdn").notNull(),
    location: text("location").notNull(),
    /** How many servers the node can hold. */
    capacity: integer("capacity").notNull(),
    dedicatedOrganisationId: uuid("dedicated_organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("nodes_fqdn_unique").on(t.fqdn),
    index("nodes_dedicated_organisation_id_idx").on(t.dedicatedOrganisationId),
    check("nodes_capacity_non_negative", sql`${t.capacity} >= 0`),
    check("nodes_name_length", sql`char_length(${t.name}) between 1 and 100`),
    check("nodes_location_length", sql`char_length(${t.location}) between 1 and 100`),
  ],
);

/**
 * A game server's record: either an organisation's (organisation_id set) or a user's personal one
 * (owner_user_id set), never both. A node with servers cannot be deleted.
 */
export const servers = pgTable(
  "servers",
  {
    id: id(),
    name: text("name").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "cascade" }),
    nodeId: uuid("node_id")
      .notNull()
      .references(() => nodes.id, { onDelete: "restrict" }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("servers_organisation_id_idx").on(t.organisationId, t.id),
    index("servers_owner_user_id_idx").on(t.ownerUserId, t.id),
    index("servers_node_id_idx").on(t.nodeId),
    check("servers_one_owner", sql`num_nonnulls(${t.organisationId}, ${t.ownerUserId}) = 1`),
    check("servers_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

/**
 * A tunnel device, owned by an organisation or personally by a user (exactly one). Only the SHA-256 of
 * its enrollment secret is kept; the secret itself is shown once, when the device is created.
 */
export const tunnelDevices = pgTable(
  "tunnel_devices",
  {
    id: id(),
    name: text("name").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "cascade" }),
    ownerUserId: uuid("owner_user_id").references(() => users.id, { onDelete: "cascade" }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    enrollmentSecretHash: text("enrollment_secret_hash").notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("tunnel_devices_enrollment_secret_hash_unique").on(t.enrollmentSecretHash),
    index("tunnel_devices_organisation_id_idx").on(t.organisationId, t.id),
    index("tunnel_devices_owner_user_id_idx").on(t.ownerUserId, t.id),
    check("tunnel_devices_one_owner", sql`num_nonnulls(${t.organisationId}, ${t.ownerUserId}) = 1`),
    check("tunnel_devices_name_length", sql`char_length(${t.name}) between 1 and 100`),
  ],
);

export type NodeRow = typeof nodes.$inferSelect;
export type ServerRow = typeof servers.$inferSelect;
export type TunnelDeviceRow = typeof tunnelDevices.$inferSelect;

// ---------------------------------------------------------------------------------------------------
// Issue 3: the membership lifecycle. Invitations, the in-app mailbox, email verification tokens and the
// mail outbox. Pending-invite uniqueness is a partial unique index, so concurrent invites cannot
// duplicate one; mail is a row written in the same transaction as the change that causes it.
// ---------------------------------------------------------------------------------------------------

export const INVITE_ROLES = ["admin", "member"] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];
/** Stored statuses. `expired` is also *computed* for a pending invite whose expires_at has passed. */
export const INVITE_STATUSES = ["pending", "accepted", "rejected", "revoked", "expired"] as const;
export type InviteStatus = (typeof INVITE_STATUSES)[number];

/**
 * An invitation of an email address into an organisation. Only the SHA-256 of its token is kept; the
 * token travels in the email link alone. At most one pending invite per (organisation, email).
 */
export const organisationInvites = pgTable(
  "organisation_invites",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** Normalised: trimmed and lower-case. */
    email: text("email").notNull(),
    role: text("role").$type<InviteRole>().notNull().default("member"),
    status: text("status").$type<InviteStatus>().notNull().default("pending"),
    tokenHash: text("token_hash").notNull(),
    invitedById: uuid("invited_by_id").references(() => users.id, { onDelete: "set null" }),
    acceptedById: uuid("accepted_by_id").references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** When it was accepted, rejected or revoked. */
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("organisation_invites_token_hash_unique").on(t.tokenHash),
    uniqueIndex("organisation_invites_one_pending").on(t.organisationId, t.email).where(sql`status = 'pending'`),
    index("organisation_invites_org_id_idx").on(t.organisationId, t.id.desc()),
    index("organisation_invites_pending_email_idx").on(t.email).where(sql`status = 'pending'`),
    check("organisation_invites_role_valid", sql`${t.role} in ('admin', 'member')`),
    check(
      "organisation_invites_status_valid",
      sql`${t.status} in ('pending', 'accepted', 'rejected', 'revoked', 'expired')`,
    ),
    check("organisation_invites_email_normalised", sql`${t.email} = lower(${t.email})`),
  ],
);

/** In-app messages for one user: invitations, being added or removed, role changes. */
export const mailboxMessages = pgTable(
  "mailbox_messages",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** e.g. `invite`, `member.added`, `member.role_changed`, `member.removed`. */
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    inviteId: uuid("invite_id").references(() => organisationInvites.id, { onDelete: "set null" }),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("mailbox_messages_user_id_idx").on(t.userId, t.id.desc()),
    index("mailbox_messages_unread_idx").on(t.userId).where(sql`read_at is null`),
  ],
);

/** A link sent to prove a user controls their email address. Only the token's SHA-256 is kept. */
export const emailVerifications = pgTable(
  "email_verifications",
  {
    id: id(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The address the link was sent to: verifying proves this address, not a later one. */
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("email_verifications_token_hash_unique").on(t.tokenHash),
    index("email_verifications_user_id_idx").on(t.userId),
  ],
);

export const MAIL_STATUSES = ["pending", "sent", "failed", "cancelled"] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/**
 * The mail outbox: a message is inserted in the transaction that causes it and delivered by the worker
 * (src/modules/mail/worker.ts), which claims due rows with FOR UPDATE SKIP LOCKED. The bodies may hold a
 * secret link, so they are cleared once the message is sent, cancelled or given up on.
 */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: id(),
    /** e.g. `invite`, `email_verification`. */
    kind: text("kind").notNull(),
    recipient: text("recipient").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body"),
    htmlBody: text("html_body"),
    /** Mail about an invite: deleting the invite (or its organisation) drops the unsent mail too. */
    inviteId: uuid("invite_id").references(() => organisationInvites.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    status: text("status").$type<MailStatus>().notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** When the worker may next try; while a worker holds a claim, the end of its lease. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
  },
  (t) => [
    index("mail_outbox_due_idx").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("mail_outbox_invite_id_idx").on(t.inviteId, t.id.desc()),
    index("mail_outbox_user_id_idx").on(t.userId),
    check("mail_outbox_status_valid", sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
  ],
);

export type InviteRow = typeof organisationInvites.$inferSelect;
export type MailboxMessageRow = typeof mailboxMessages.$inferSelect;
export type EmailVerificationRow = typeof emailVerifications.$inferSelect;
export type MailOutboxRow = typeof mailOutbox.$inferSelect;
