import DataLoader from "dataloader";
import { defineLoaders, type RequestLoaders } from "../../lib/loaders.ts";
import type { MembershipRow } from "./tables.ts";
import { byKey, groupByKey, pageLoader } from "../../lib/batch.ts";
import { memberCounts, memberPages, membershipsByKeys, membershipsOfUsers, type MemberPageShape, type MembershipKey } from "./queries.ts";

const membershipKey = (key: MembershipKey) => `${key.organisationId}:${key.userId}`;

export const memberLoaders = defineLoaders((db) => {
  return {
    /** The membership of one user in one organisation, or null. */
    byOrganisationAndUser: new DataLoader<MembershipKey, MembershipRow | null, string>(
      async (keys) => byKey(keys.map(membershipKey), await membershipsByKeys(db, [...keys]), membershipKey),
      { cacheKeyFn: membershipKey },
    ),
    countByOrganisation: new DataLoader<string, number>(async (ids) => {
      const totals = new Map((await memberCounts(db, [...ids])).map((row) => [row.organisationId, row.total]));
      return ids.map((id) => totals.get(id) ?? 0);
    }),
    /** Each user's memberships with their organisations, in join order (one statement however many ask). */
    withOrganisationsByUser: new DataLoader<string, Awaited<ReturnType<typeof membershipsOfUsers>>>(async (userIds) =>
      groupByKey(userIds, await membershipsOfUsers(db, [...userIds]), (row) => row.membership.userId),
    ),
    pageByOrganisation: pageLoader<MemberPageShape & { parentId: string }, MembershipRow>(
      (organisationIds, shape) => memberPages(db, organisationIds, shape),
      (membership) => membership.organisationId,
    ),
  };
});

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
