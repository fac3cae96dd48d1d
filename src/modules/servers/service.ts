/**
 * Servers: organisation servers (capped by the portal tier) and personal servers (capped by
 * PERSONAL_SERVER_LIMIT), placed on nodes with room. Each cap is checked and the server inserted in one
 * transaction that holds the owning row's lock, so concurrent creates cannot overshoot it.
 */
import { authorize, lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { ServerRow } from "./tables.ts";
import type { UserRow } from "../users/tables.ts";
import { AppError } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { requiredName } from "../../lib/names.ts";
import type { PageArgs } from "../../lib/pagination.ts";
import { recordActivity } from "../activity/record.ts";
import { lockNode, lockPlacementCandidates, serverCountsOnNodes } from "../nodes/queries.ts";
import { PORTAL_TIER_INFO } from "../organisations/tiers.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { checkRequestedNode, chooseNode, nodeNotAvailable, type Candidate } from "./placement.ts";
import { insertServer } from "./queries.ts";
import { lockUser } from "../users/queries.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { serverLoaders, serverResource } from "./loaders.ts";

export type CreateServerInput = { name: unknown; organisationId?: unknown; nodeId?: unknown };

/**
 * Signed-in users. Without `organisationId`: a personal server for the caller, within the personal
 * limit. With it: an organisation server, for its owners, admins and platform admins, within the
 * tier's limit (TIER_LIMIT_REACHED, 403). Placed on `nodeId` if given, otherwise chosen (see placement).
 */
export async function createServer(ctx: RequestContext, input: CreateServerInput): Promise<ServerRow> {
  const viewer = requireViewer(ctx);
  const organisationId = input.organisationId === undefined || input.organisationId === null ? null : String(input.organisationId);
  const server = await ctx.db.transaction(async (tx) => {
    // The organisation's (or the user's) row stays locked until commit, so concurrent creates count one after another.
    const organisation = organisationId ? (await lockForChange(tx, ctx, "server:create", organisationId)).organisation : null;
    const name = requiredName(input.name);
    const nodeId = input.nodeId ?? null;
    if (nodeId !== null && !isUuid(nodeId)) throw nodeNotAvailable();

    if (organisation) {
      const tier = PORTAL_TIER_INFO[organisation.portalTier];
      const used = await serverResource.queries.countOfOrganisation(tx, organisation.id);
      if (tier.maxServers !== null && used >= tier.maxServers) {
        throw new AppError(
          "TIER_LIMIT_REACHED",
          `The ${tier.displayName} tier (${tier.tier}) allows ${tier.maxServers} servers, and this organisation has ${used}.`,
        );
      }
    } else {
      await lockUser(tx, viewer.user.id);
      const limit = ctx.config.personalServerLimit;
      const used = await serverResource.queries.countPersonal(tx, viewer.user.id);
      if (used >= limit) {
        throw new AppError("PERSONAL_SERVER_LIMIT_REACHED", `You may have ${limit} personal servers, and you have ${used}.`);
      }
    }

    const node = nodeId ? checkRequestedNode(await lockedCandidate(tx, nodeId), organisationId) : chooseNode(await lockedCandidates(tx, organisationId), organisationId);
    const server = await insertServer(tx, {
      name,
      organisationId,
      ownerUserId: organisationId ? null : viewer.user.id,
      nodeId: node.id,
      createdById: viewer.user.id,
    });
    if (organisationId) {
      await recordActivity(tx, ctx, {
        organisationId,
        action: "server.created",
        targetType: "server",
        targetId: server.id,
        metadata: { name, nodeId: node.id },
      });
    }
    return server;
  });
  if (!server.organisationId) ctx.log.info({ serverId: server.id, userId: viewer.user.id }, "personal server created");
  return server;
}

async function lockedCandidate(tx: Db, nodeId: string): Promise<Candidate | null> {
  const node = await lockNode(tx, nodeId);
  if (!node) return null;
  return { node, used: (await serverCountsOnNodes(tx, [node.id]))[0]?.total ?? 0 };
}

async function lockedCandidates(tx: Db, organisationId: string | null): Promise<Candidate[]> {
  const nodes = await lockPlacementCandidates(tx, organisationId);
  const used = new Map((await serverCountsOnNodes(tx, nodes.map((node) => node.id))).map((row) => [row.nodeId, row.total]));
  return nodes.map((node) => ({ node, used: used.get(node.id) ?? 0 }));
}

/**
 * An organisation server: its owners, admins and platform admins. A personal server: its owner. Anyone
 * else is told it does not exist. Recorded in the organisation's activity. Returns the server as it was.
 */
export async function deleteServer(ctx: RequestContext, id: string): Promise<ServerRow> {
  const viewer = requireViewer(ctx);
  const server = await ctx.db.transaction(async (tx) => {
    const server = await serverResource.lockForChange(tx, ctx, id);
    await serverResource.queries.deleteRow(tx, server.id);
    if (server.organisationId) {
      await recordActivity(tx, ctx, {
        organisationId: server.organisationId,
        action: "server.deleted",
        targetType: "server",
        targetId: server.id,
        metadata: { name: server.name, nodeId: server.nodeId },
      });
    }
    return server;
  });
  if (!server.organisationId) ctx.log.info({ serverId: server.id, userId: viewer.user.id }, "personal server deleted");
  return server;
}

/** Members and platform admins: a page of the organisation's servers, oldest first, and their total count. */
export const pageOrganisationServers = (ctx: RequestContext, organisationId: string, args: PageArgs) =>
  serverResource.pageOfOrganisation(ctx, organisationId, args);

/** Signed-in users: a page of their personal servers plus their active organisation's, oldest first, and its total count. */
export const pageMyServers = (ctx: RequestContext, args: PageArgs, current?: UserRow) => serverResource.pageOfDefaultView(ctx, args, current);

/** Members and platform admins: how many servers the organisation has and its tier's cap (null: unlimited). */
export async function serverUsage(ctx: RequestContext, organisationId: string) {
  await authorize(ctx, "server:list", organisationId);
  const organisation = (await organisationLoaders(ctx).byId.load(organisationId))!;
  const used = await serverLoaders(ctx).countByOrganisation.load(organisationId);
  return { used, limit: PORTAL_TIER_INFO[organisation.portalTier].maxServers };
}
