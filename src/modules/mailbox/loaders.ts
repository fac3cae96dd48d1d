import { defineLoaders } from "../../lib/loaders.ts";
import { rowLoader } from "../../lib/batch.ts";
import { mailboxMessagesByIds } from "./queries.ts";

export const mailboxLoaders = defineLoaders((db) => ({
  byId: rowLoader((ids) => mailboxMessagesByIds(db, ids), (message) => message.id),
}));
