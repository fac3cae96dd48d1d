/**
 * Invitations. Pending-invite uniqueness is a partial unique index, so concurrent invites cannot
 * duplicate one.
 */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

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
    index("organisation_invites_org_id_idx").on(t.organisationId, t.id.desc().nullsFirst()),
    index("organisation_invites_pending_email_idx").on(t.email).where(sql`status = 'pending'`),
    check("organisation_invites_role_valid", sql`${t.role} in ('admin', 'member')`),
    check(
      "organisation_invites_status_valid",
      sql`${t.status} in ('pending', 'accepted', 'rejected', 'revoked', 'expired')`,
    ),
    check("organisation_invites_email_normalised", sql`${t.email} = lower(${t.email})`),
  ],
);

export type InviteRow = typeof organisationInvites.$inferSelect;
