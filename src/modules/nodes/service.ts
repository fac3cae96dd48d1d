/**
 * Nodes: the machines servers are placed on. Platform admins manage them and dedicate them to enterprise
 * organisations; members see their organisation's dedicated nodes; everyone signed in sees the nodes
 * they could place a server on.
 */
import { authorize, authorizePlatform, viewerCanOnPlatform } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { NodeRow } from "./tables.ts";
import { AppError, invalidInput, notFound, violatedUniqueConstraint } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { requiredName } from "../../lib/names.ts";
import { recordActivity } from "../activity/record.ts";
import { memberLoaders } from "../members/loaders.ts";
import { lockOrganisation } from "../organisations/queries.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { pageRequest, toPage, type Page, type PageArgs } from "../../lib/pagination.ts";
import {
  allNodes,
  countForeignServersOnNode,
  deleteNodeRow,
  insertNode,
  lockNode,
  nodesUsableBy,
  type NodePage,
  serverCountsOnNodes,
  updateNodeRow,
  type NodeValues,
} from "./queries.ts";
import { nodeLoaders } from "./loaders.ts";

export const MAX_NODE_CAPACITY = 100_000;
const FQDN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

function checkFqdn(raw: unknown): string {
  const fqdn = typeof raw === "string" ? raw.trim().toLowerCase().replace(/\.$/, "") : "";
  if (!FQDN.test(fqdn)) throw invalidInput("fqdn must be a host name such as node1.example.com.", "fqdn");
  return fqdn;
}

function checkCapacity(raw: unknown): number {
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0 || raw > MAX_NODE_CAPACITY) {
    throw invalidInput(`capacity must be a whole number from 0 to ${MAX_NODE_CAPACITY}.`, "capacity");
  }
  return raw;
}

const fqdnTaken = (fqdn: string) => new AppError("NODE_FQDN_TAKEN", `Another node already has the address ${fqdn}.`, "fqdn");

export type NodeInput = { name?: unknown; fqdn?: unknown; location?: unknown; capacity?: unknown };

/** Platform admins: a new node in the shared pool. */
export async function createNode(ctx: RequestContext, input: NodeInput): Promise<NodeRow> {
  authorizePlatform(ctx, "node:create");
  const values: NodeValues = {
    name: requiredName(input.name),
    fqdn: checkFqdn(input.fqdn),
    location: requiredName(input.location, "location"),
    capacity: checkCapacity(input.capacity),
  };
  try {
    return await insertNode(ctx.db, values);
  } catch (error) {
    if (violatedUniqueConstraint(error) === "nodes_fqdn_unique") throw fqdnTaken(values.fqdn);
    throw error;
  }
}

/**
 * Platform admins: changes a node's name, address, location or capacity. Lowering the capacity below
 * what the node holds keeps its servers and only stops new ones landing there.
 */
export async function updateNode(ctx: RequestContext, input: NodeInput & { id: string }): Promise<NodeRow> {
  authorizePlatform(ctx, "node:update");
  const changes: Partial<NodeValues> = {};
  if (input.name != null) changes.name = requiredName(input.name);
  if (input.fqdn != null) changes.fqdn = checkFqdn(input.fqdn);
  if (input.location != null) changes.location = requiredName(input.location, "location");
  if (input.capacity != null) changes.capacity = checkCapacity(input.capacity);
  try {
    return await ctx.db.transaction(async (tx) => {
      const node = await lockNodeOrThrow(tx, input.id);
      return Object.keys(changes).length ? updateNodeRow(tx, node.id, changes) : node;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error) === "nodes_fqdn_unique") throw fqdnTaken(changes.fqdn!);
    throw error;
  }
}

/** Platform admins: deletes an empty node. A node that still holds servers is NODE_IN_USE. */
export async function deleteNode(ctx: RequestContext, id: string): Promise<string> {
  authorizePlatform(ctx, "node:delete");
  await ctx.db.transaction(async (tx) => {
    const node = await lockNodeOrThrow(tx, id);
    const held = (await serverCountsOnNodes(tx, [node.id]))[0]?.total ?? 0;
    if (held > 0) throw new AppError("NODE_IN_USE", `The node still holds ${held} server(s); delete or move them first.`);
    await deleteNodeRow(tx, id);
    if (node.dedicatedOrganisationId) {
      await recordActivity(tx, ctx, {
        organisationId: node.dedicatedOrganisationId,
        action: "node.deleted",
        targetType: "node",
        targetId: node.id,
        metadata: { name: node.name },
      });
    }
  });
  return id;
}

/**
 * Platform admins: dedicates a node to an enterprise organisation. The node must not be dedicated to
 * another organisation, nor hold servers that are not the organisation's. Recorded in its activity.
 */
export async function assignNodeToOrganisation(ctx: RequestContext, input: { id: string; organisationId: unknown }): Promise<NodeRow> {
  authorizePlatform(ctx, "node:assign");
  if (!isUuid(input.organisationId)) throw notFound("Organisation");
  const organisationId = input.organisationId;
  return ctx.db.transaction(async (tx) => {
    // Organisation first, then node: the order server placement locks them in.
    const organisation = await lockOrganisation(tx, organisationId);
    if (!organisation) throw notFound("Organisation");
    if (organisation.portalTier !== "enterprise") {
      throw new AppError(
        "ORGANISATION_NOT_ENTERPRISE",
        `Dedicated nodes are for Enterprise Portal organisations; this one is on the ${organisation.portalTier} tier.`,
        "organisationId",
      );
    }
    const node = await lockNodeOrThrow(tx, input.id);
    if (node.dedicatedOrganisationId === organisationId) return node;
    if (node.dedicatedOrganisationId) {
      throw new AppError("NODE_ALREADY_ASSIGNED", "The node is dedicated to another organisation; unassign it first.");
    }
    const foreign = await countForeignServersOnNode(tx, node.id, organisationId);
    if (foreign > 0) {
      throw new AppError("NODE_IN_USE", `The node holds ${foreign} server(s) of others; it can be dedicated only once they are gone.`);
    }
    const assigned = await updateNodeRow(tx, node.id, { dedicatedOrganisationId: organisationId });
    await recordActivity(tx, ctx, {
      organisationId,
      action: "node.assigned",
      targetType: "node",
      targetId: node.id,
      metadata: { name: node.name },
    });
    return assigned;
  });
}

/**
 * Platform admins: returns a dedicated node to the shared pool (its servers stay). Recorded in the
 * organisation's activity. Returns the node and the organisation it was dedicated to (null: none).
 */
export async function unassignNode(ctx: RequestContext, id: string): Promise<{ node: NodeRow; organisationId: string | null }> {
  authorizePlatform(ctx, "node:assign");
  return ctx.db.transaction(async (tx) => {
    const node = await lockNodeOrThrow(tx, id);
    if (!node.dedicatedOrganisationId) return { node, organisationId: null };
    const unassigned = await updateNodeRow(tx, node.id, { dedicatedOrganisationId: null });
    await recordActivity(tx, ctx, {
      organisationId: node.dedicatedOrganisationId,
      action: "node.unassigned",
      targetType: "node",
      targetId: node.id,
      metadata: { name: node.name },
    });
    return { node: unassigned, organisationId: node.dedicatedOrganisationId };
  });
}

/**
 * Signed-in users. Platform admins: every node. Everyone else: the nodes they could place a server on
 * (the shared pool and their organisations' dedicated nodes).
 */
export async function listNodes(ctx: RequestContext): Promise<NodeRow[]> {
  return nodesFor(ctx);
}

/** Like listNodes, a page at a time (the REST list). */
export async function pageNodes(ctx: RequestContext, args: PageArgs): Promise<Page<NodeRow>> {
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  return toPage(await nodesFor(ctx, { afterId, limit: first + 1 }), first);
}

async function nodesFor(ctx: RequestContext, page?: NodePage): Promise<NodeRow[]> {
  const viewer = requireViewer(ctx);
  if (viewerCanOnPlatform(ctx, "node:see-internals")) return allNodes(ctx.db, page);
  const memberships = await memberLoaders(ctx).withOrganisationsByUser.load(viewer.user.id);
  return nodesUsableBy(ctx.db, memberships.map((row) => row.organisation.id), page);
}

/** Members and platform admins: the nodes dedicated to the organisation. */
export async function listOrganisationNodes(ctx: RequestContext, organisationId: string): Promise<NodeRow[]> {
  await authorize(ctx, "node:list", organisationId);
  return nodeLoaders(ctx).dedicatedByOrganisation.load(organisationId);
}

/** Whether the viewer may see a node's internal fields (its address). */
export const canSeeNodeInternals = (ctx: RequestContext) => viewerCanOnPlatform(ctx, "node:see-internals");

async function lockNodeOrThrow(tx: Db, id: string): Promise<NodeRow> {
  const node = isUuid(id) ? await lockNode(tx, id) : null;
  if (!node) throw notFound("Node");
  return node;
}
