/** Accounts, their sessions and their email-verification links. */
import { getTableColumns, sql } from "drizzle-orm";
import { check, index, pgTable, type BuildAliasTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";

export const PLATFORM_ROLES = ["user", "admin"] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

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

/**
 * A user as every read of one selects it: all columns but the password hash, which only sign-in reads
 * (passwordHashByEmail). So no hash sits in a request's loaders, its viewer or a page's rows, and a page of 50
 * members does not carry 50 hashes from the database. `table`: users, or an alias of it.
 */
export function userColumns(table: typeof users | BuildAliasTable<typeof users, string> = users) {
  const { passwordHash: _hash, ...columns } = getTableColumns(table as typeof users);
  return columns;
}
export type UserRow = Omit<typeof users.$inferSelect, "passwordHash">;

/**
 * A user as other people see them, the GraphQL `User` type's fields: what the users' loader serves (an owner, an
 * inviter, whoever a row names when it was read alone). Account details (platform role,
 * verification, active organisation) stay with the viewer's own row: a page of 50 members reads 5 columns a
 * user, not 9 (4 fewer values to send, decode and keep, two of them timestamps; measured in bench/RESULTS.md).
 */
export function userCardColumns(table: typeof users | BuildAliasTable<typeof users, string> = users) {
  return { ...listedUserColumns(table), createdAt: getTableColumns(table as typeof users).createdAt };
}
export type UserCard = Pick<UserRow, "id" | "email" | "firstName" | "lastName" | "createdAt">;

/**
 * A user as a list shows them beside its rows (a member page's users, a log's actors): the card without its
 * creation date, which neither the panel's pages nor REST's lists show. A page of 50 members and 20 entries
 * reads 70 fewer timestamps, each formatted by PostgreSQL and parsed into a Date here (measured in
 * bench/RESULTS.md). GraphQL's `User.createdAt`, when a query asks for it on a list, is read for the whole
 * list in one statement (users/resolvers.ts).
 */
export function listedUserColumns(table: typeof users | BuildAliasTable<typeof users, string> = users) {
  const { id, email, firstName, lastName } = getTableColumns(table as typeof users);
  return { id, email, firstName, lastName };
}
export type ListedUser = Pick<UserRow, "id" | "email" | "firstName" | "lastName">;
export type SessionRow = typeof sessions.$inferSelect;
export type EmailVerificationRow = typeof emailVerifications.$inferSelect;
