/** SQL for the in-app mailbox. */
import { and, count, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { anyOf } from "../../db/sql.ts";
import { mailboxMessages } from "./tables.ts";

export type NewMailboxMessage = {
  userId: string;
  kind: string;
  title: string;
  body: string;
  organisationId?: string | null;
  inviteId?: string | null;
};

export async function insertMailboxMessage(db: Db, values: NewMailboxMessage) {
  const [row] = await db.insert(mailboxMessages).values(values).returning();
  return row!;
}

/** Up to `first + 1` of a user's messages, newest first. */
export async function mailboxPage(db: Db, userId: string, { first, afterId, unreadOnly }: { first: number; afterId: string | null; unreadOnly: boolean }) {
  return db
    .select()
    .from(mailboxMessages)
    .where(
      and(
        eq(mailboxMessages.userId, userId),
        afterId ? lt(mailboxMessages.id, afterId) : undefined,
        unreadOnly ? isNull(mailboxMessages.readAt) : undefined,
      ),
    )
    .orderBy(desc(mailboxMessages.id))
    .limit(first + 1);
}

export async function countMailbox(db: Db, userId: string, { unreadOnly }: { unreadOnly: boolean }) {
  const [row] = await db
    .select({ total: count() })
    .from(mailboxMessages)
    .where(and(eq(mailboxMessages.userId, userId), unreadOnly ? isNull(mailboxMessages.readAt) : undefined));
  return row?.total ?? 0;
}

/** Marks one of the user's messages read (idempotent); null when the user has no such message. */
export async function markMailboxMessageRead(db: Db, userId: string, id: string) {
  const [row] = await db
    .update(mailboxMessages)
    .set({ readAt: sql`coalesce(${mailboxMessages.readAt}, now())` })
    .where(and(eq(mailboxMessages.id, id), eq(mailboxMessages.userId, userId)))
    .returning();
  return row ?? null;
}

/** Marks every unread message of the user read; returns those it marked. */
export async function markAllMailboxMessagesRead(db: Db, userId: string) {
  return db
    .update(mailboxMessages)
    .set({ readAt: sql`now()` })
    .where(and(eq(mailboxMessages.userId, userId), isNull(mailboxMessages.readAt)))
    .returning();
}

export async function mailboxMessagesByIds(db: Db, ids: string[]) {
  return db.select().from(mailboxMessages).where(anyOf(mailboxMessages.id, ids));
}
