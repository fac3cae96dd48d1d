/** Tunnel devices are an owned resource: their loaders, reads and change checks are the shared shape's. */
import { ownedResource } from "../../lib/owned-resources.ts";
import { tunnelDevices } from "./tables.ts";

export const tunnelDeviceResource = ownedResource(tunnelDevices, {
  what: "Tunnel device",
  listAction: "tunnel-device:list",
  manageAction: "tunnel-device:manage",
});

export const tunnelDeviceLoaders = tunnelDeviceResource.loaders;
