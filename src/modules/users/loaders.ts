import { defineLoaders } from "../../lib/loaders.ts";
import { rowLoader } from "../../lib/batch.ts";
import { usersByIds } from "./queries.ts";

export const userLoaders = defineLoaders((db) => {
  return { byId: rowLoader((ids) => usersByIds(db, ids), (user) => user.id) };
});
