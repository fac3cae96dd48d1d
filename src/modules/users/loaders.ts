import type { Db } from "../../db/client.ts";
import { rowLoader } from "../../lib/batch.ts";
import { usersByIds } from "./queries.ts";

export function createUserLoaders(db: Db) {
  return { byId: rowLoader((ids) => usersByIds(db, ids), (user) => user.id) };
}
