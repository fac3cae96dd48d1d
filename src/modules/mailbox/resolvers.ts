import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { liveValue } from "../../events/live.ts";
import { listMailbox, markAllMailboxRead, markMailboxMessageRead, unreadMailboxCount, watchMailbox } from "./service.ts";

export const mailboxResolvers: Resolvers = {
  Viewer: {
    mailbox: async (_viewer, args, ctx) => {
      const { page, totalCount, unreadCount } = await listMailbox(ctx, args);
      return { ...toConnection(page, totalCount), unreadCount };
    },
  },
  MailboxConnection: {
    totalCount: (connection) => connection.totalCount(),
    unreadCount: (connection) => connection.unreadCount(),
  },
  MailboxMessage: {
    read: (message) => message.readAt !== null,
  },
  Mutation: {
    markMailboxMessageRead: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const message = await markMailboxMessageRead(ctx, input.id);
        return { message, unreadCount: await unreadMailboxCount(ctx) };
      }),
    markAllMailboxMessagesRead: async (_parent, _args, ctx) => ({ messages: await markAllMailboxRead(ctx), unreadCount: 0, userErrors: [] }),
  },
  Subscription: {
    mailboxMessageAdded: { subscribe: (_parent, _args, ctx) => watchMailbox(ctx), resolve: liveValue },
  },
};
