/** SQL for nodes. Locks are taken in one order everywhere: organisation or user row, then node rows by id. */
import { and, asc, count, eq, gt, inArray, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { nodes } from "./tables.ts";
import { servers } from "../servers/tables.ts";

export type NodeValues = { name: string; fqdn: string; location: string; capacity: number };

export async function nodesByIds(db: Db, ids: string[]) {
  return db.select().from(nodes).where(inArray(nodes.id, ids));
}

/** A page of nodes in id order: after `afterId`, at most `limit` (`first + 1` for a page that knows if more follow). */
export type NodePage = { afterId: string | null; limit: number };

export async function allNodes(db: Db, page?: NodePage) {
  const query = db.select().from(nodes).where(page?.afterId ? gt(nodes.id, page.afterId) : undefined).orderBy(asc(nodes.id));
  return page ? query.limit(page.limit) : query;
}

/** The shared pool plus the nodes dedicated to any of `organisationIds`. */
export async function nodesUsableBy(db: Db, organisationIds: string[], page?: NodePage) {
  const query = db
    .select()
    .from(nodes)
    .where(
      and(
        organisationIds.length
          ? or(isNull(nodes.dedicatedOrganisationId), inArray(nodes.dedicatedOrganisationId, organisationIds))
          : isNull(nodes.dedicatedOrganisationId),
        page?.afterId ? gt(nodes.id, page.afterId) : undefined,
      ),
    )
    .orderBy(asc(nodes.id));
  return page ? query.limit(page.limit) : query;
}

export async function dedicatedNodesOfOrganisations(db: Db, organisationIds: string[]) {
  return db.select().from(nodes).where(inArray(nodes.dedicatedOrganisationId, organisationIds)).orderBy(asc(nodes.id));
}

/** Reads one node and locks it until the transaction ends. */
export async function lockNode(db: Db, id: string) {
  const [row] = await db.select().from(nodes).where(eq(nodes.id, id)).for("update");
  return row ?? null;
}

/**
 * Locks every node a new server of `organisationId` (null: a personal server) could be placed on, in id
 * order, so two placements can never wait on each other's nodes in opposite orders.
 */
export async function lockPlacementCandidates(db: Db, organisationId: string | null) {
  return db
    .select()
    .from(nodes)
    .where(
      organisationId
        ? or(isNull(nodes.dedicatedOrganisationId), eq(nodes.dedicatedOrganisationId, organisationId))
        : isNull(nodes.dedicatedOrganisationId),
    )
    .orderBy(asc(nodes.id))
    .for("update");
}

export async function serverCountsOnNodes(db: Db, nodeIds: string[]) {
  if (!nodeIds.length) return [];
  return db
    .select({ nodeId: servers.nodeId, total: count() })
    .from(servers)
    .where(inArray(servers.nodeId, nodeIds))
    .groupBy(servers.nodeId);
}

/** How many servers on the node belong to anyone but `organisationId` (personal servers included). */
export async function countForeignServersOnNode(db: Db, nodeId: string, organisationId: string) {
  const [row] = await db
    .select({ total: count() })
    .from(servers)
    .where(and(eq(servers.nodeId, nodeId), or(isNull(servers.organisationId), ne(servers.organisationId, organisationId))));
  return row?.total ?? 0;
}

export async function insertNode(db: Db, values: NodeValues) {
  const [row] = await db.insert(nodes).values(values).returning();
  return row!;
}

export async function updateNodeRow(db: Db, id: string, changes: Partial<NodeValues> & { dedicatedOrganisationId?: string | null }) {
  const [row] = await db
    .update(nodes)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(nodes.id, id))
    .returning();
  return row!;
}

export async function deleteNodeRow(db: Db, id: string) {
  await db.delete(nodes).where(eq(nodes.id, id));
}
