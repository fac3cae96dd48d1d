import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import {
  createTunnelDevice,
  deleteTunnelDevice,
  listMyTunnelDevices,
  listOrganisationTunnelDevices,
  renameTunnelDevice,
} from "./service.ts";

export const tunnelDeviceResolvers: Resolvers = {
  Mutation: {
    createTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { device, enrollmentSecret } = await createTunnelDevice(ctx, input);
        return { tunnelDevice: device, enrollmentSecret };
      }),
    renameTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ tunnelDevice: await renameTunnelDevice(ctx, input) })),
    deleteTunnelDevice: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ deletedTunnelDeviceId: await deleteTunnelDevice(ctx, { id: input.id }) })),
  },
  Organisation: {
    tunnelDevices: (organisation, _args, ctx) => listOrganisationTunnelDevices(ctx, organisation.id),
  },
  Viewer: {
    tunnelDevices: (user, _args, ctx) => listMyTunnelDevices(ctx, user),
  },
  TunnelDevice: {
    organisation: (device, _args, ctx) => (device.organisationId ? ctx.loaders.organisations.byId.load(device.organisationId) : null),
    createdBy: (device, _args, ctx) => (device.createdById ? ctx.loaders.users.byId.load(device.createdById) : null),
  },
};
