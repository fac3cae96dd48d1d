import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import {
  createTunnelDevice,
  deleteTunnelDevice,
  pageMyTunnelDevices,
  pageOrganisationTunnelDevices,
  renameTunnelDevice,
} from "./service.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";
import type { RequestContext } from "../../context.ts";
import type { TunnelDeviceRow } from "./tables.ts";

/** An organisation's device list (its totalCount) changes with the device: the organisation comes back. */
const organisationOf = (ctx: RequestContext, device: TunnelDeviceRow) =>
  device.organisationId ? organisationLoaders(ctx).byId.load(device.organisationId) : null;

export const tunnelDeviceResolvers: Resolvers = {
  Mutation: {
    createTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { device, enrollmentSecret } = await createTunnelDevice(ctx, input);
        return { tunnelDevice: device, enrollmentSecret, organisation: await organisationOf(ctx, device) };
      }),
    renameTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ tunnelDevice: await renameTunnelDevice(ctx, input) })),
    deleteTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const device = await deleteTunnelDevice(ctx, { id: input.id });
        return { deletedTunnelDeviceId: device.id, organisation: await organisationOf(ctx, device) };
      }),
  },
  Organisation: {
    tunnelDevices: async (organisation, args, ctx) => {
      const { page, totalCount } = await pageOrganisationTunnelDevices(ctx, organisation.id, args);
      return toConnection(page, totalCount);
    },
  },
  Viewer: {
    tunnelDevices: async (user, args, ctx) => {
      const { page, totalCount } = await pageMyTunnelDevices(ctx, args, user);
      return toConnection(page, totalCount);
    },
  },
  TunnelDeviceConnection: { totalCount: (connection) => connection.totalCount() },
  TunnelDevice: {
    organisation: (device, _args, ctx) => (device.organisationId ? organisationLoaders(ctx).byId.load(device.organisationId) : null),
    createdBy: (device, _args, ctx) => (device.createdById ? userLoaders(ctx).byId.load(device.createdById) : null),
  },
};
