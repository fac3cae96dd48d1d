import DataLoader from "dataloader";
import type { Db } from "../../db/client.ts";
import { byKey } from "../../lib/batch.ts";
import { latestMailByInviteIds } from "../mail/queries.ts";

export function createInviteLoaders(db: Db) {
  return {
    /** The latest outbox message about each invite (its delivery status), or null. */
    latestMail: new DataLoader(async (inviteIds: readonly string[]) =>
      byKey(inviteIds, await latestMailByInviteIds(db, [...inviteIds]), (row) => row.inviteId!),
    ),
  };
}
