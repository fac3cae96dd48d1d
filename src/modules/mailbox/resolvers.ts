import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { listMailbox, markAllMailboxRead, markMailboxMessageRead } from "./service.ts";

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
      mutationPayload(async () => ({ message: await markMailboxMessageRead(ctx, input.id) })),
    markAllMailboxMessagesRead: async (_parent, _args, ctx) => {
      await markAllMailboxRead(ctx);
      return { unreadCount: 0, userErrors: [] };
    },
  },
};
