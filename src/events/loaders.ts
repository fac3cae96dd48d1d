import DataLoader from "dataloader";
import type { Viewer } from "../auth/viewer.ts";
import { defineLoaders } from "../lib/loaders.ts";
import { liveSessionsByTokenHashes } from "../modules/users/queries.ts";

export const liveLoaders = defineLoaders((db) => ({
  /** The viewer a token hash still signs in, or null once its session has expired or been revoked. */
  viewerByTokenHash: new DataLoader<string, Viewer | null>(async (hashes) => {
    const found = new Map((await liveSessionsByTokenHashes(db, [...hashes])).map((row) => [row.tokenHash, row]));
    return hashes.map((hash) => {
      const row = found.get(hash);
      return row ? { user: row.user, sessionId: row.sessionId } : null;
    });
  }),
}));
