/**
 * The REST lists that scripts read as a plain JSON array (members, servers, tunnel devices, organisations,
 * nodes) are pages too: `?limit=` (1 to 100, default 100) and `?cursor=`. The body stays the documented
 * array; when more follow, the answer says where in `Link: <…>; rel="next"` (RFC 8288) and `X-Next-Cursor`.
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { encodeCursor, type Page, type PageArgs } from "../lib/pagination.ts";
import { str } from "./schemas.ts";

/** What a script gets when it sends no `limit`: as many as a page may hold. */
export const REST_LIST_PAGE = 100;

export type ListQuery = { limit?: string; cursor?: string };
export const listQuery = { type: "object", properties: { limit: str, cursor: str } } as const;

/** Page arguments from the query string; the service validates them (a bad limit or cursor is a 400). */
export function listArgs(query: ListQuery): PageArgs {
  return { first: query.limit === undefined ? REST_LIST_PAGE : Number(query.limit), after: query.cursor ?? null };
}

/** Sends the page's presented items, with the next page's address when there is one. */
export function sendList<T extends { id: string }, J>(request: FastifyRequest, reply: FastifyReply, page: Page<T>, items: J[]): J[] {
  const last = page.rows.at(-1);
  if (page.hasNextPage && last) {
    const cursor = encodeCursor(last.id);
    const url = new URL(request.url, "http://guildhall.invalid");
    url.searchParams.set("cursor", cursor);
    reply.header("link", `<${url.pathname}${url.search}>; rel="next"`).header("x-next-cursor", cursor);
  }
  return items;
}
