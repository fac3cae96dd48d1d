import type { Db } from "../../db/client.ts";
import { rowLoader } from "../../lib/batch.ts";
import { organisationsByHandles, organisationsByIds } from "./queries.ts";

export function createOrganisationLoaders(db: Db) {
  return {
    byId: rowLoader((ids) => organisationsByIds(db, ids), (organisation) => organisation.id),
    byHandle: rowLoader((handles) => organisationsByHandles(db, handles), (organisation) => organisation.handle),
  };
}
