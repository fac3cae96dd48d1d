/** Tunnel devices, owned by an organisation or personally by a user (see src/lib/owned-resources.ts). */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

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

export type TunnelDeviceRow = typeof tunnelDevices.$inferSelect;
