/** Tunnel devices, owned by an organisation or personally. */
import type { ModuleManifest } from "../manifest.ts";
import { registerTunnelDeviceRoutes } from "./routes.ts";
import { tunnelDeviceResolvers } from "./resolvers.ts";

export const tunnelDevicesModule: ModuleManifest = {
  name: "tunnel-devices",
  resolvers: [tunnelDeviceResolvers],
  routes: registerTunnelDeviceRoutes,
};
