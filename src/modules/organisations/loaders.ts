import { defineLoaders } from "../../lib/loaders.ts";
import { rowLoader } from "../../lib/batch.ts";
import { organisationsByHandles, organisationsByIds } from "./queries.ts";

export const organisationLoaders = defineLoaders((db) => {
  return {
    byId: rowLoader((ids) => organisationsByIds(db, ids), (organisation) => organisation.id),
    byHandle: rowLoader((handles) => organisationsByHandles(db, handles), (organisation) => organisation.handle),
  };
});
