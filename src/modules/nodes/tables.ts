/** Nodes: capacity is held by row locks in the services; the constraints keep every row well-formed. */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";

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

export type NodeRow = typeof nodes.$inferSelect;
