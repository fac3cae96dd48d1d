/**
 * Tunnel devices, owned by an organisation or personally by a user. Members list an organisation's
 * devices; owners, admins and platform admins create, rename and delete them. A personal device is its
 * owner's alone. The enrollment secret is returned once, at creation; only its hash is stored.
 */
import { assertCan, assertCanInExisting, assertCanOnOwned } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { TunnelDeviceRow } from "./tables.ts";
import type { UserRow } from "../users/tables.ts";
import { notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { requiredName } from "../../lib/names.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { hashToken, newSecretToken } from "../../lib/secrets.ts";
import { recordActivity } from "../activity/record.ts";
import { countPersonalPlusActiveOrganisation, personalPlusActiveOrganisation } from "../active-organisation/service.ts";
import { lockOrganisation } from "../organisations/queries.ts";
import { requireViewer } from "../users/service.ts";
import { deleteTunnelDeviceRow, insertTunnelDevice, lockTunnelDevice, renameTunnelDeviceRow } from "./queries.ts";

export type CreatedTunnelDevice = { device: TunnelDeviceRow; enrollmentSecret: string };

/** With `organisationId`: owners, admins, platform admins. Without: a personal device for the caller. */
export async function createTunnelDevice(
  ctx: RequestContext,
  input: { name: unknown; organisationId?: unknown },
): Promise<CreatedTunnelDevice> {
  const viewer = requireViewer(ctx);
  const organisationId = input.organisationId ?? null;
  const enrollmentSecret = newSecretToken();
  const device = await ctx.db.transaction(async (tx) => {
    if (organisationId !== null) {
      if (!isUuid(organisationId)) throw notFound("Organisation");
      await assertCan(ctx, "tunnel-device:manage", organisationId, tx);
      if (!(await lockOrganisation(tx, organisationId))) throw notFound("Organisation");
    }
    const name = requiredName(input.name);
    const device = await insertTunnelDevice(tx, {
      name,
      organisationId,
      ownerUserId: organisationId ? null : viewer.user.id,
      createdById: viewer.user.id,
      enrollmentSecretHash: hashToken(enrollmentSecret),
    });
    if (organisationId) await record(tx, ctx, device, "tunnel_device.created", { name });
    return device;
  });
  return { device, enrollmentSecret };
}

/** Who may manage the device (see the module comment); `organisationId`, when given, must be the device's. */
export async function renameTunnelDevice(
  ctx: RequestContext,
  input: { id: string; name: unknown; organisationId?: string },
): Promise<TunnelDeviceRow> {
  return ctx.db.transaction(async (tx) => {
    const device = await lockManageable(ctx, tx, input.id, input.organisationId);
    const name = requiredName(input.name);
    if (name === device.name) return device;
    const renamed = await renameTunnelDeviceRow(tx, device.id, name);
    if (device.organisationId) await record(tx, ctx, device, "tunnel_device.renamed", { from: device.name, to: name });
    return renamed;
  });
}

/** Like renameTunnelDevice: deletes the device, recorded in its organisation's activity. */
export async function deleteTunnelDevice(ctx: RequestContext, input: { id: string; organisationId?: string }): Promise<string> {
  await ctx.db.transaction(async (tx) => {
    const device = await lockManageable(ctx, tx, input.id, input.organisationId);
    await deleteTunnelDeviceRow(tx, device.id);
    if (device.organisationId) await record(tx, ctx, device, "tunnel_device.deleted", { name: device.name });
  });
  return input.id;
}

/** Members and platform admins: the organisation's devices, oldest first. */
export async function listOrganisationTunnelDevices(ctx: RequestContext, organisationId: string): Promise<TunnelDeviceRow[]> {
  await assertCanInExisting(ctx, "tunnel-device:list", organisationId);
  return ctx.loaders.tunnelDevices.byOrganisation.load(organisationId);
}

/** Signed-in users: their personal devices plus their active organisation's, oldest first. */
export function listMyTunnelDevices(ctx: RequestContext, current?: UserRow): Promise<TunnelDeviceRow[]> {
  return personalPlusActiveOrganisation(ctx, current, {
    personal: (userId) => ctx.loaders.tunnelDevices.personalByUser.load(userId),
    ofOrganisation: (organisationId) => ctx.loaders.tunnelDevices.byOrganisation.load(organisationId),
  });
}

/** Members and platform admins: a page of the organisation's devices, oldest first, and their total count. */
export async function pageOrganisationTunnelDevices(ctx: RequestContext, organisationId: string, args: PageArgs) {
  await assertCanInExisting(ctx, "tunnel-device:list", organisationId);
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await ctx.loaders.tunnelDevices.pageByOrganisation.load({ parentId: organisationId, first, afterId });
  return { page: toPage(rows, first), totalCount: () => ctx.loaders.tunnelDevices.countByOrganisation.load(organisationId) };
}

/**
 * Signed-in users: a page of their personal devices plus their active organisation's, oldest first
 * (one keyset over the combined set), and its total count.
 */
export async function pageMyTunnelDevices(ctx: RequestContext, args: PageArgs, current?: UserRow) {
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await personalPlusActiveOrganisation(ctx, current, {
    personal: (userId) => ctx.loaders.tunnelDevices.personalPageByUser.load({ parentId: userId, first, afterId }),
    ofOrganisation: (organisationId) => ctx.loaders.tunnelDevices.pageByOrganisation.load({ parentId: organisationId, first, afterId }),
  });
  const totalCount = () => countPersonalPlusActiveOrganisation(ctx, current, (scope) => ctx.loaders.tunnelDevices.defaultViewCount.load(scope));
  return { page: toPage(rows, first), totalCount };
}

async function lockManageable(ctx: RequestContext, tx: Db, id: string, organisationId?: string): Promise<TunnelDeviceRow> {
  const viewer = requireViewer(ctx);
  const device = isUuid(id) ? await lockTunnelDevice(tx, id) : null;
  if (!device || (organisationId !== undefined && device.organisationId !== organisationId)) throw notFound("Tunnel device");
  if (device.organisationId) {
    await assertCanOnOwned(ctx, "tunnel-device:manage", device.organisationId, "Tunnel device", tx);
  } else if (device.ownerUserId !== viewer.user.id) {
    throw notFound("Tunnel device");
  }
  return device;
}

function record(tx: Db, ctx: RequestContext, device: TunnelDeviceRow, action: string, metadata: Record<string, unknown>) {
  return recordActivity(tx, ctx, {
    organisationId: device.organisationId!,
    action,
    targetType: "tunnel_device",
    targetId: device.id,
    metadata,
  });
}
