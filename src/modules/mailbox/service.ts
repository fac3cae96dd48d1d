/** The in-app mailbox: messages for one user about invites and changes to their memberships. */
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { MailboxMessageRow } from "./tables.ts";
import { notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { requireViewer } from "../../auth/viewer.ts";
import {
  countMailbox,
  insertMailboxMessage,
  mailboxPage,
  markAllMailboxMessagesRead,
  markMailboxMessageRead as markReadRow,
  type NewMailboxMessage,
} from "./queries.ts";

/** Leaves a message in a user's mailbox. Call it with the transaction that makes the change it tells of. */
export async function leaveMailboxMessage(tx: Db, message: NewMailboxMessage): Promise<MailboxMessageRow> {
  return insertMailboxMessage(tx, message);
}

export type ListMailboxInput = PageArgs & { unreadOnly?: boolean | null };

/** Signed-in users: a page of their own messages, newest first, with counts on demand. */
export async function listMailbox(ctx: RequestContext, input: ListMailboxInput) {
  const viewer = requireViewer(ctx);
  const { first, afterId } = pageRequest(input, { defaultSize: 20, max: 100 });
  const unreadOnly = Boolean(input.unreadOnly);
  const rows = await mailboxPage(ctx.db, viewer.user.id, { first, afterId, unreadOnly });
  return {
    page: toPage(rows, first),
    totalCount: () => countMailbox(ctx.db, viewer.user.id, { unreadOnly }),
    unreadCount: () => countMailbox(ctx.db, viewer.user.id, { unreadOnly: true }),
  };
}

/** Signed-in users: how many of their messages are unread. */
export async function unreadMailboxCount(ctx: RequestContext): Promise<number> {
  return countMailbox(ctx.db, requireViewer(ctx).user.id, { unreadOnly: true });
}

/** Signed-in users: marks one of their own messages read. Someone else's message is NOT_FOUND. */
export async function markMailboxMessageRead(ctx: RequestContext, id: string): Promise<MailboxMessageRow> {
  const viewer = requireViewer(ctx);
  const row = isUuid(id) ? await markReadRow(ctx.db, viewer.user.id, id) : null;
  if (!row) throw notFound("Message");
  return row;
}

/** Signed-in users: marks all their messages read. */
export async function markAllMailboxRead(ctx: RequestContext): Promise<void> {
  await markAllMailboxMessagesRead(ctx.db, requireViewer(ctx).user.id);
}
