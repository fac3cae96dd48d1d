import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
import { byKey } from "../../lib/batch.ts";
import { latestMailByInviteIds } from "../mail/queries.ts";

export const inviteLoaders = defineLoaders((db) => {
  return {
    /** The latest outbox message about each invite (its delivery status), or null. */
    latestMail: new DataLoader(async (inviteIds: readonly string[]) =>
      byKey(inviteIds, await latestMailByInviteIds(db, [...inviteIds]), (row) => row.inviteId!),
    ),
  };
});
