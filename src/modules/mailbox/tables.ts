import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organisationInvites } from "../invites/tables.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";

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
    index("mailbox_messages_user_id_idx").on(t.userId, t.id.desc().nullsFirst()),
    index("mailbox_messages_unread_idx").on(t.userId).where(sql`read_at is null`),
  ],
);

export type MailboxMessageRow = typeof mailboxMessages.$inferSelect;
