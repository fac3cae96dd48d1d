/** Servers are an owned resource: their loaders, reads and change checks are the shared shape's. */
import { ownedResource } from "../../lib/owned-resources.ts";
import { servers } from "./tables.ts";

export const serverResource = ownedResource(servers, { what: "Server", listAction: "server:list", manageAction: "server:delete" });

export const serverLoaders = serverResource.loaders;
