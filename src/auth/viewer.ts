/**
 * Who is asking: the bearer token of a request, resolved once at the edge (GraphQL and REST alike) to
 * the signed-in user and their session. An unknown, expired or revoked token means anonymous.
 */
import type { Db } from "../db/client.ts";
import { hashToken } from "../lib/secrets.ts";
import type { UserRow } from "../modules/users/tables.ts";
import { sessionUserByTokenHash } from "../modules/users/queries.ts";
import { unauthenticated } from "../errors.ts";
import type { RequestLoaders } from "../lib/loaders.ts";
import { userLoaders } from "../modules/users/loaders.ts";

/** The signed-in user and the session their token belongs to. */
export type Viewer = { user: UserRow; sessionId: string };

const BEARER = /^Bearer\s+(\S+)$/i;

/** The viewer an `Authorization` header names, or null for anonymous. */
export async function viewerFromAuthorization(db: Db, authorization: string | undefined): Promise<Viewer | null> {
  const token = BEARER.exec(authorization ?? "")?.[1];
  const found = token ? await sessionUserByTokenHash(db, hashToken(token)) : null;
  return found ? { user: found.user, sessionId: found.sessionId } : null;
}

/** The signed-in viewer, or UNAUTHENTICATED. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/**
 * The viewer's account as it is now, for a mutation payload's `viewer` after a change made in this request
 * (leaving an organisation clears the active one): the row read at the start of the request is stale.
 */
export async function currentViewerUser(ctx: { viewer: Viewer | null; loaders: RequestLoaders }): Promise<UserRow> {
  const { user } = requireViewer(ctx);
  return (await userLoaders(ctx).byId.clear(user.id).load(user.id)) ?? user;
}
