/**
 * Keyset pagination shared by every connection (GraphQL) and cursor list (REST). Rows are ordered by
 * their UUIDv7 id, so a cursor is an opaque encoding of one id.
 */
import { invalidInput } from "../errors.ts";
import { isUuid } from "./ids.ts";

export type Page<T> = { rows: T[]; hasNextPage: boolean };

export type Connection<T> = {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
};

export type PageArgs = { first?: number | null; after?: string | null };
export type PageRequest = { first: number; afterId: string | null };

export function encodeCursor(id: string): string {
  return Buffer.from(`c:${id}`).toString("base64url");
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, "base64url").toString();
  const id = decoded.startsWith("c:") ? decoded.slice(2) : "";
  if (!isUuid(id)) throw invalidInput("The cursor is not one this API gave out.", "after");
  return id;
}

/**
 * Validates page arguments: `first` from 1 to `max` (default `defaultSize`), `after` a cursor we issued.
 * The messages name no parameter: GraphQL calls them `first`/`after`, REST `limit`/`cursor`.
 */
export function pageRequest(args: PageArgs, { defaultSize = 50, max = 100 } = {}): PageRequest {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw invalidInput(`The page size must be a whole number from 1 to ${max}.`, "first");
  }
  return { first, afterId: args.after ? decodeCursor(args.after) : null };
}

/** Cuts a fetched `first + 1` rows down to a page, noting whether more follow. */
export function toPage<T>(rows: T[], first: number): Page<T> {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}

/** A page as a connection. Its edges (a cursor each) are made only if a query asks for them: most ask for nodes. */
export function toConnection<T extends { id: string }>(page: Page<T>, totalCount: () => Promise<number>): Connection<T> {
  const last = page.rows.at(-1);
  return {
    get edges() {
      return page.rows.map((node) => ({ cursor: encodeCursor(node.id), node }));
    },
    nodes: page.rows,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last.id) : null },
    totalCount,
  };
}

/** The REST shape of a page: `{ items, nextCursor }`. */
export function toCursorList<T extends { id: string }, J>(page: Page<T>, present: (row: T) => J) {
  return {
    items: page.rows.map(present),
    nextCursor: page.hasNextPage && page.rows.length ? encodeCursor(page.rows.at(-1)!.id) : null,
  };
}
