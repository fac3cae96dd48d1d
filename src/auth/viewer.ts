/**
 * Who is asking: the bearer token of a request, resolved once at the edge (GraphQL and REST alike) to
 * the signed-in user and their session. An unknown, expired or revoked token means anonymous.
 */
import type { Db } from "../db/client.ts";
import { hashToken } from "../lib/secrets.ts";
import type { UserRow } from "../modules/users/tables.ts";
import { sessionUserByTokenHash, userById } from "../modules/users/queries.ts";
import { unauthenticated } from "../errors.ts";
import type { RequestLoaders } from "../lib/loaders.ts";
import { primeMembershipCheck, type SessionPageRead } from "../modules/members/loaders.ts";
import { sessionUserWithMembership, sessionUserWithMembershipCheck } from "../modules/members/queries.ts";
import { isUuid } from "../lib/ids.ts";

/** The signed-in user and the session their token belongs to. */
export type Viewer = { user: UserRow; sessionId: string };

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * A request about one organisation, known before it runs; `withOrganisation` when it shows the organisation
 * itself, `page` when it shows one page of a list below it (read with the session: members/loaders.ts).
 */
export type RequestAbout = { organisationId: string; withOrganisation: boolean; page?: SessionPageRead };

/**
 * The viewer an `Authorization` header names, or null for anonymous. With `about`, the same statement
 * also reads the viewer's membership in that organisation (and with `withOrganisation`, the organisation,
 * its owner and member count) and hands it to the request's loaders, where the policy's check then finds
 * it: one round trip instead of two.
 */
export async function viewerFromAuthorization(
  db: Db,
  authorization: string | undefined,
  about?: RequestAbout & { loaders: RequestLoaders },
): Promise<Viewer | null> {
  const token = BEARER.exec(authorization ?? "")?.[1];
  if (!token) return null;
  // Only an id as the database writes it (lowercase): the loaders key rows by the id as asked, and everything
  // after the check compares ids as strings, so a capitalised id must take the ordinary way (to its 404).
  if (about && isUuid(about.organisationId) && about.organisationId === about.organisationId.toLowerCase()) {
    const found = about.page
      ? await about.page(db, hashToken(token), about.organisationId, about.loaders)
      : await (about.withOrganisation ? sessionUserWithMembershipCheck : sessionUserWithMembership)(db, hashToken(token), about.organisationId);
    if (!found) return null;
    primeMembershipCheck(about, { organisationId: about.organisationId, userId: found.user.id }, found);
    return { user: found.user, sessionId: found.sessionId };
  }
  const found = await sessionUserByTokenHash(db, hashToken(token));
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
export async function currentViewerUser(ctx: { viewer: Viewer | null; db: Db }): Promise<UserRow> {
  const { user } = requireViewer(ctx);
  return (await userById(ctx.db, user.id)) ?? user;
}
