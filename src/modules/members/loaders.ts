import DataLoader from "dataloader";
import { defineLoaders, type RequestLoaders } from "../../lib/loaders.ts";
import type { MembershipRow } from "./tables.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserCard } from "../users/tables.ts";
import { groupByKey, pageLoader, SettledCache } from "../../lib/batch.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { rowsKeepingUsers, rowsWithUsers, userLoaders } from "../users/loaders.ts";
import type { Db } from "../../db/client.ts";
import {
  memberCounts,
  memberPages,
  membershipsWithOrganisations,
  membershipsOfUsers,
  sessionUserWithMembershipAndMemberPage,
  type MemberPageShape,
  type MembershipKey,
  type SessionWithPage,
} from "./queries.ts";

const membershipKey = (key: MembershipKey) => `${key.organisationId}:${key.userId}`;

export const memberLoaders = defineLoaders((db, loaders) => {
  const memberships = new SettledCache<MembershipRow | null>();
  // readAlready is asked the same thing for each row of a page (the viewer, the page's organisation), each time with
  // the organisation's id as another string: the key made once is reused, not joined and hashed again (0.6 us a call).
  let last: { key: MembershipKey; text: string } | undefined;
  const lastKey = (key: MembershipKey) => {
    if (last?.key.organisationId !== key.organisationId || last.key.userId !== key.userId) last = { key, text: membershipKey(key) };
    return last.text;
  };
  return {
    /**
     * The membership of one user in one organisation, or null. The same statement reads the organisation,
     * its owner and its member count, and hands them to their loaders (a missing organisation as null):
     * the check that starts every organisation read leaves nothing for the read itself to fetch.
     */
    byOrganisationAndUser: new DataLoader<MembershipKey, MembershipRow | null, string>(
      async (keys) => {
        const rows = await membershipsWithOrganisations(db, [...keys]);
        const read = new Map<string, MembershipRow>();
        const found = new Set<string>();
        for (const row of rows) {
          if (!found.has(row.organisation.id)) {
            found.add(row.organisation.id);
            primeOrganisation({ loaders }, row);
          }
          if (row.membership) read.set(membershipKey(row.membership), row.membership);
        }
        for (const key of keys) if (!found.has(key.organisationId)) organisationLoaders({ loaders }).byId.prime(key.organisationId, null);
        return keys.map((key) => read.get(membershipKey(key)) ?? null);
      },
      { cacheKeyFn: membershipKey, cacheMap: memberships },
    ),
    /** The membership byOrganisationAndUser holds for `key` once read (null: none); undefined until then. */
    readAlready: (key: MembershipKey): MembershipRow | null | undefined => memberships.settled(lastKey(key)),
    countByOrganisation: new DataLoader<string, number>(async (ids) => {
      const totals = new Map((await memberCounts(db, [...ids])).map((row) => [row.organisationId, row.total]));
      return ids.map((id) => totals.get(id) ?? 0);
    }),
    /** Each user's memberships with their organisations, in join order (one statement however many ask). */
    withOrganisationsByUser: new DataLoader<string, Awaited<ReturnType<typeof membershipsOfUsers>>>(async (userIds) =>
      groupByKey(userIds, await membershipsOfUsers(db, [...userIds]), (row) => row.membership.userId),
    ),
    /** Pages of members; the users they name come in the same statement (users/loaders.ts, userReadWith). */
    pageByOrganisation: pageLoader<MemberPageShape & { parentId: string }, MembershipRow>(
      async (organisationIds, shape) => rowsKeepingUsers(await memberPages(db, organisationIds, shape)),
      (membership) => membership.organisationId,
    ),
  };
});

type CheckedOrganisation = { organisation: OrganisationRow; owner: UserCard; memberCount: number };

/** What a membership check read beside the membership goes to the loaders that would otherwise read it again. */
function primeOrganisation(ctx: { loaders: RequestLoaders }, { organisation, owner, memberCount }: CheckedOrganisation): void {
  organisationLoaders(ctx).byId.prime(organisation.id, organisation);
  userLoaders(ctx).byId.prime(owner.id, owner);
  memberLoaders(ctx).countByOrganisation.prime(organisation.id, memberCount);
}

/**
 * A membership check read by other means (with the viewer's session, auth/viewer.ts) goes into this
 * request's loaders as if `byOrganisationAndUser` had read it: the membership or null, and, when the check
 * brought them, the organisation with its owner and count, or null when there is no such organisation.
 */
export function primeMembershipCheck(
  ctx: { loaders: RequestLoaders },
  key: MembershipKey,
  check: { membership: MembershipRow | null } | { organisation: OrganisationRow | null; owner: UserCard | null; membership: MembershipRow | null; memberCount: number },
): void {
  memberLoaders(ctx).byOrganisationAndUser.prime(key, check.membership);
  if (!("organisation" in check)) return;
  const { organisation, owner, memberCount } = check;
  if (organisation && owner) primeOrganisation(ctx, { organisation, owner, memberCount });
  else organisationLoaders(ctx).byId.prime(key.organisationId, null);
}

/**
 * After a change to the organisation's memberships in this request: forget what its loaders read before,
 * so a mutation's payload (and a later mutation in the same request) shows the memberships as they now are.
 */
export function forgetMembersOf(ctx: { loaders: RequestLoaders }, organisationId: string): void {
  const loaders = memberLoaders(ctx);
  loaders.countByOrganisation.clear(organisationId);
  loaders.byOrganisationAndUser.clearAll();
  loaders.pageByOrganisation.clearAll();
}

/** The key pageByOrganisation keeps a page of an organisation's members under (the service loads by it too). */
export const memberPageKey = (organisationId: string, { first, afterId }: MemberPageShape) => ({ parentId: organisationId, first, afterId });

/**
 * A REST read of one page below an organisation, read with the viewer's session and membership in one statement
 * (members/queries.ts, sessionUserWithMembershipAndPage): it puts the page where the loader the service reads
 * it through will look (so that read costs no statement), and returns the session's part, or null when the token
 * signs no one in. The service still decides who sees the page (auth/viewer.ts).
 */
export type SessionPageRead = (
  db: Db,
  tokenHash: string,
  organisationId: string,
  loaders: RequestLoaders,
) => Promise<Omit<SessionWithPage<unknown>, "rows"> | null>;

/** SessionPageRead for a page of the organisation's members (GET /organisations/:id/users). */
export function memberPageWithSession(shape: MemberPageShape): SessionPageRead {
  return async (db, tokenHash, organisationId, loaders) => {
    const found = await sessionUserWithMembershipAndMemberPage(db, tokenHash, organisationId, shape);
    if (found) memberLoaders({ loaders }).pageByOrganisation.prime(memberPageKey(organisationId, shape), rowsWithUsers(found.rows));
    return found;
  };
}
