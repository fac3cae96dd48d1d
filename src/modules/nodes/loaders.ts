import DataLoader from "dataloader";
import { defineLoaders } from "../../lib/loaders.ts";
import type { NodeRow } from "./tables.ts";
import { rowLoader } from "../../lib/batch.ts";
import { dedicatedNodesOfOrganisations, nodesByIds, serverCountsOnNodes } from "./queries.ts";

export const nodeLoaders = defineLoaders((db) => {
  return {
    byId: rowLoader((ids) => nodesByIds(db, ids), (node) => node.id),
    /** The nodes dedicated to each organisation, oldest first. */
    dedicatedByOrganisation: new DataLoader<string, NodeRow[]>(async (organisationIds) => {
      const rows = await dedicatedNodesOfOrganisations(db, [...organisationIds]);
      return organisationIds.map((id) => rows.filter((node) => node.dedicatedOrganisationId === id));
    }),
    /** How many servers each node holds. */
    serverCount: new DataLoader<string, number>(async (nodeIds) => {
      const totals = new Map((await serverCountsOnNodes(db, [...nodeIds])).map((row) => [row.nodeId, row.total]));
      return nodeIds.map((id) => totals.get(id) ?? 0);
    }),
  };
});
