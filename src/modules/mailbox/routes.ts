/** /api/mailbox: the signed-in user's in-app messages. */
import type { FastifyInstance } from "fastify";
import { toCursorList } from "../../lib/pagination.ts";
import { listMailbox, markAllMailboxRead, markMailboxMessageRead } from "./service.ts";
import { presentMailboxMessage } from "./presenters.ts";
import { idParams, str } from "../../rest/schemas.ts";

export function registerMailboxRoutes(api: FastifyInstance) {
  api.get<{ Querystring: { limit?: string; cursor?: string; unread?: string } }>(
    "/mailbox",
    { schema: { querystring: { type: "object", properties: { limit: str, cursor: str, unread: str } } } },
    async (request) => {
      const { limit, cursor, unread } = request.query;
      const { page, unreadCount } = await listMailbox(
        request.ctx,
        { first: limit === undefined ? null : Number(limit), after: cursor, unreadOnly: unread === "true" || unread === "1" },
      );
      return { ...toCursorList(page, presentMailboxMessage), unreadCount: await unreadCount() };
    },
  );

  api.post<{ Params: { id: string } }>("/mailbox/:id/read", { schema: { params: idParams } }, async (request) =>
    presentMailboxMessage(await markMailboxMessageRead(request.ctx, request.params.id)),
  );

  api.post("/mailbox/read-all", async (request) => {
    await markAllMailboxRead(request.ctx);
    return { unreadCount: 0 };
  });
}
