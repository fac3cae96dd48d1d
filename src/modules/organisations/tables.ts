/**
 * Organisations. A DEFERRABLE foreign key (hand-written, drizzle/0001_owner_integrity.sql) makes
 * `owner_id` always name the owner's membership row.
 */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { avatars } from "../avatars/tables.ts";

export const ORG_ROLES = ["owner", "admin", "member"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];
export const PORTAL_TIERS = ["free", "paid", "educational", "enterprise"] as const;
export type PortalTier = (typeof PORTAL_TIERS)[number];

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
    /** The organisation's avatar (`<hash>.<ext>`, src/modules/avatars/tables.ts), or null. */
    avatarFileName: text("avatar_file_name").references(() => avatars.fileName, { onDelete: "set null" }),
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

export type OrganisationRow = typeof organisations.$inferSelect;
