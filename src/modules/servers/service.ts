/**
 * Servers: organisation servers (capped by the portal tier) and personal servers (capped by
 * PERSONAL_SERVER_LIMIT), placed on nodes with room. Each cap is checked and the server inserted in one
 * transaction that holds the owning row's lock, so concurrent creates cannot overshoot it.
 */
import { assertCan, assertCanInExisting, assertCanOnOwned } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { ServerRow } from "./tables.ts";
import type { UserRow } from "../users/tables.ts";
import { AppError, notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { requiredName } from "../../lib/names.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { recordActivity } from "../activity/record.ts";
import { countPersonalPlusActiveOrganisation, personalPlusActiveOrganisation } from "../active-organisation/service.ts";
import { lockNode, lockPlacementCandidates, serverCountsOnNodes } from "../nodes/queries.ts";
import { PORTAL_TIER_INFO } from "../organisations/tiers.ts";
import { requireViewer } from "../users/service.ts";
import { checkRequestedNode, chooseNode, nodeNotAvailable, type Candidate } from "./placement.ts";
import {
  countOrganisationServers,
  countPersonalServers,
  deleteServerRow,
  insertServer,
  lockServer,
} from "./queries.ts";
import { lockOrganisation } from "../organisations/queries.ts";
import { lockUser } from "../users/queries.ts";

export type CreateServerInput = { name: unknown; organisationId?: unknown; nodeId?: unknown };

/**
 * Signed-in users. Without `organisationId`: a personal server for the caller, within the personal
 * limit. With it: an organisation server, for its owners, admins and platform admins, within the
 * tier's limit (TIER_LIMIT_REACHED, 403). Placed on `nodeId` if given, otherwise chosen (see placement).
 */
export async function createServer(ctx: RequestContext, input: CreateServerInput): Promise<ServerRow> {
  const viewer = requireViewer(ctx);
  const organisationId = input.organisationId ?? null;
  const server = await ctx.db.transaction(async (tx) => {
    if (organisationId !== null) {
      if (!isUuid(organisationId)) throw notFound("Organisation");
      await assertCan(ctx, "server:create", organisationId, tx);
    }
    const name = requiredName(input.name);
    const nodeId = input.nodeId ?? null;
    if (nodeId !== null && !isUuid(nodeId)) throw nodeNotAvailable();

    if (organisationId !== null) {
      const organisation = await lockOrganisation(tx, organisationId);
      if (!organisation) throw notFound("Organisation");
      const tier = PORTAL_TIER_INFO[organisation.portalTier];
      const used = await countOrganisationServers(tx, organisationId);
      if (tier.maxServers !== null && used >= tier.maxServers) {
        throw new AppError(
          "TIER_LIMIT_REACHED",
          `The ${tier.displayName} tier (${tier.tier}) allows ${tier.maxServers} servers, and this organisation has ${used}.`,
          403,
        );
      }
    } else {
      await lockUser(tx, viewer.user.id);
      const limit = ctx.config.personalServerLimit;
      const used = await countPersonalServers(tx, viewer.user.id);
      if (used >= limit) {
        throw new AppError("PERSONAL_SERVER_LIMIT_REACHED", `You may have ${limit} personal servers, and you have ${used}.`, 403);
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
 * else is told it does not exist. Recorded in the organisation's activity.
 */
export async function deleteServer(ctx: RequestContext, id: string): Promise<string> {
  const viewer = requireViewer(ctx);
  const server = await ctx.db.transaction(async (tx) => {
    const server = isUuid(id) ? await lockServer(tx, id) : null;
    if (!server) throw notFound("Server");
    if (server.organisationId) {
      await assertCanOnOwned(ctx, "server:delete", server.organisationId, "Server", tx);
    } else if (server.ownerUserId !== viewer.user.id) {
      throw notFound("Server");
    }
    await deleteServerRow(tx, server.id);
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
  return id;
}

/** Members and platform admins: the organisation's servers, oldest first. */
export async function listOrganisationServers(ctx: RequestContext, organisationId: string): Promise<ServerRow[]> {
  await assertCanInExisting(ctx, "server:list", organisationId);
  return ctx.loaders.servers.byOrganisation.load(organisationId);
}

/** Signed-in users: their personal servers plus their active organisation's, oldest first. */
export function listMyServers(ctx: RequestContext, current?: UserRow): Promise<ServerRow[]> {
  return personalPlusActiveOrganisation(ctx, current, {
    personal: (userId) => ctx.loaders.servers.personalByUser.load(userId),
    ofOrganisation: (organisationId) => ctx.loaders.servers.byOrganisation.load(organisationId),
  });
}

/** Members and platform admins: a page of the organisation's servers, oldest first, and their total count. */
export async function pageOrganisationServers(ctx: RequestContext, organisationId: string, args: PageArgs) {
  await assertCanInExisting(ctx, "server:list", organisationId);
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await ctx.loaders.servers.pageByOrganisation.load({ parentId: organisationId, first, afterId });
  return { page: toPage(rows, first), totalCount: () => ctx.loaders.servers.countByOrganisation.load(organisationId) };
}

/**
 * Signed-in users: a page of their personal servers plus their active organisation's, oldest first
 * (one keyset over the combined set), and its total count.
 */
export async function pageMyServers(ctx: RequestContext, args: PageArgs, current?: UserRow) {
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await personalPlusActiveOrganisation(ctx, current, {
    personal: (userId) => ctx.loaders.servers.personalPageByUser.load({ parentId: userId, first, afterId }),
    ofOrganisation: (organisationId) => ctx.loaders.servers.pageByOrganisation.load({ parentId: organisationId, first, afterId }),
  });
  const totalCount = () => countPersonalPlusActiveOrganisation(ctx, current, (scope) => ctx.loaders.servers.defaultViewCount.load(scope));
  return { page: toPage(rows, first), totalCount };
}

/** Members and platform admins: how many servers the organisation has and its tier's cap (null: unlimited). */
export async function serverUsage(ctx: RequestContext, organisationId: string) {
  await assertCanInExisting(ctx, "server:list", organisationId);
  const organisation = (await ctx.loaders.organisations.byId.load(organisationId))!;
  const used = await ctx.loaders.servers.countByOrganisation.load(organisationId);
  return { used, limit: PORTAL_TIER_INFO[organisation.portalTier].maxServers };
}
