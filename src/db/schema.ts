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
