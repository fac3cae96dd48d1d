import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "../../db/columns.ts";
import { organisationInvites } from "../invites/tables.ts";
import { users } from "../users/tables.ts";

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
    index("mail_outbox_invite_id_idx").on(t.inviteId, t.id.desc().nullsFirst()),
    index("mail_outbox_user_id_idx").on(t.userId),
    check("mail_outbox_status_valid", sql`${t.status} in ('pending', 'sent', 'failed', 'cancelled')`),
  ],
);

export type MailOutboxRow = typeof mailOutbox.$inferSelect;
