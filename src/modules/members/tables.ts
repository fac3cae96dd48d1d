/**
 * Memberships. A partial unique index allows one owner per organisation; the (organisation, user, role)
 * key is what the organisation's owner foreign key points at.
 */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "../../db/columns.ts";
import { organisations, type OrgRole } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

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

export type MembershipRow = typeof organisationMembers.$inferSelect;
