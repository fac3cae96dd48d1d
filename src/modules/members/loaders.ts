import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
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
