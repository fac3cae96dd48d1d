/**
 * Tunnel devices, owned by an organisation or personally by a user. Members list an organisation's
 * devices; owners, admins and platform admins create, rename and delete them. A personal device is its
 * owner's alone. The enrollment secret is returned once, at creation; only its hash is stored.
 */
import { lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { TunnelDeviceRow } from "./tables.ts";
import type { UserRow } from "../users/tables.ts";
import { requiredName } from "../../lib/names.ts";
import type { PageArgs } from "../../lib/pagination.ts";
import { hashToken, newSecretToken } from "../../lib/secrets.ts";
import { recordActivity } from "../activity/record.ts";
import { requireViewer } from "../../auth/viewer.ts";
import { AppError } from "../../errors.ts";
import { lockUser } from "../users/queries.ts";
import { tunnelDeviceResource } from "./loaders.ts";
import { insertTunnelDevice, renameTunnelDeviceRow } from "./queries.ts";

export type CreatedTunnelDevice = { device: TunnelDeviceRow; enrollmentSecret: string };

/** With `organisationId`: owners, admins, platform admins. Without: a personal device for the caller. */
export async function createTunnelDevice(
  ctx: RequestContext,
  input: { name: unknown; organisationId?: unknown },
): Promise<CreatedTunnelDevice> {
  const viewer = requireViewer(ctx);
  const organisationId = input.organisationId === undefined || input.organisationId === null ? null : String(input.organisationId);
  const enrollmentSecret = newSecretToken();
  const device = await ctx.db.transaction(async (tx) => {
    // The owning row stays locked until commit, so concurrent creates count one after another.
    if (organisationId !== null) await lockForChange(tx, ctx, "tunnel-device:manage", organisationId);
    else await lockUser(tx, viewer.user.id);
    const name = requiredName(input.name);
    const limit = ctx.config.limits.tunnelDevicesPerOwner;
    const held = organisationId
      ? await tunnelDeviceResource.queries.countOfOrganisation(tx, organisationId)
      : await tunnelDeviceResource.queries.countPersonal(tx, viewer.user.id);
    if (held >= limit) {
      throw new AppError("TUNNEL_DEVICE_LIMIT_REACHED", `${organisationId ? "An organisation" : "You"} may have ${limit} tunnel devices; delete one first.`);
    }
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
    const device = await tunnelDeviceResource.lockForChange(tx, ctx, input.id, input.organisationId);
    const name = requiredName(input.name);
    if (name === device.name) return device;
    const renamed = await renameTunnelDeviceRow(tx, device.id, name);
    if (device.organisationId) await record(tx, ctx, device, "tunnel_device.renamed", { from: device.name, to: name });
    return renamed;
  });
}

/** Like renameTunnelDevice: deletes the device, recorded in its organisation's activity. Returns the device as it was. */
export async function deleteTunnelDevice(ctx: RequestContext, input: { id: string; organisationId?: string }): Promise<TunnelDeviceRow> {
  return ctx.db.transaction(async (tx) => {
    const device = await tunnelDeviceResource.lockForChange(tx, ctx, input.id, input.organisationId);
    await tunnelDeviceResource.queries.deleteRow(tx, device.id);
    if (device.organisationId) await record(tx, ctx, device, "tunnel_device.deleted", { name: device.name });
    return device;
  });
}

/** Members and platform admins: a page of the organisation's devices, oldest first, and their total count. */
export const pageOrganisationTunnelDevices = (ctx: RequestContext, organisationId: string, args: PageArgs) =>
  tunnelDeviceResource.pageOfOrganisation(ctx, organisationId, args);

/** Signed-in users: a page of their personal devices plus their active organisation's, oldest first, and its total count. */
export const pageMyTunnelDevices = (ctx: RequestContext, args: PageArgs, current?: UserRow) =>
  tunnelDeviceResource.pageOfDefaultView(ctx, args, current);

function record(tx: Db, ctx: RequestContext, device: TunnelDeviceRow, action: string, metadata: Record<string, unknown>) {
  return recordActivity(tx, ctx, {
    organisationId: device.organisationId!,
    action,
    targetType: "tunnel_device",
    targetId: device.id,
    metadata,
  });
}
