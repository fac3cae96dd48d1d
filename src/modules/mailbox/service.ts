/** The in-app mailbox: messages for one user about invites and changes to their memberships. */
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { MailboxMessageRow } from "./tables.ts";
import { notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { publish, userTopic } from "../../events/events.ts";
import { liveEvents } from "../../events/live.ts";
import { mailboxLoaders } from "./loaders.ts";
import {
  countMailbox,
  insertMailboxMessage,
  mailboxPage,
  markAllMailboxMessagesRead,
  markMailboxMessageRead as markReadRow,
  type NewMailboxMessage,
} from "./queries.ts";

/**
 * Leaves a message in a user's mailbox. Call it with the transaction that makes the change it tells of:
 * the message, and its announcement to the user's mailboxMessageAdded, exist exactly when the change does.
 */
export async function leaveMailboxMessage(tx: Db, message: NewMailboxMessage): Promise<MailboxMessageRow> {
  const row = await insertMailboxMessage(tx, message);
  await publish(tx, { kind: "mailbox", userId: row.userId, messageId: row.id });
  return row;
}

/** Signed-in users: each message left in their own mailbox, as it arrives. */
export function watchMailbox(ctx: RequestContext) {
  const userId = requireViewer(ctx).user.id;
  return liveEvents(ctx, {
    topic: userTopic(userId),
    // The token names one account for as long as it lives (its session is read again with every event).
    authorize: async () => {},
    select: async (event, ctx) => {
      if (event.kind !== "mailbox") return null;
      const message = await mailboxLoaders(ctx).byId.load(event.messageId);
      return message?.userId === userId ? message : null;
    },
  });
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

/** Signed-in users: marks all their messages read; returns the messages that were unread. */
export async function markAllMailboxRead(ctx: RequestContext): Promise<MailboxMessageRow[]> {
  return markAllMailboxMessagesRead(ctx.db, requireViewer(ctx).user.id);
}
