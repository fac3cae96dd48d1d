/** Servers, owned by an organisation or personally by a user (see src/lib/owned-resources.ts). */
import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { nodes } from "../nodes/tables.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

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

export type ServerRow = typeof servers.$inferSelect;
