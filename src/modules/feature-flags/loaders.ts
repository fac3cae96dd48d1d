import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
import { flagValuesFor } from "./queries.ts";

export type FlagValues = { override: boolean | null; global: boolean | null };

export const featureFlagLoaders = defineLoaders((db) => ({
  /** Each organisation's override and the global value of one flag, batched per flag. */
  values: new DataLoader<{ name: string; organisationId: string }, FlagValues, string>(
    async (keys) => {
      const byName = new Map<string, string[]>();
      for (const key of keys) byName.set(key.name, [...(byName.get(key.name) ?? []), key.organisationId]);
      const found = new Map<string, FlagValues>();
      for (const [name, ids] of byName) {
        for (const row of await flagValuesFor(db, name, [...new Set(ids)])) {
          found.set(`${name}|${row.organisationId}`, { override: row.override, global: row.global });
        }
      }
      return keys.map((key) => found.get(`${key.name}|${key.organisationId}`) ?? { override: null, global: null });
    },
    { cacheKeyFn: (key) => `${key.name}|${key.organisationId}` },
  ),
}));
