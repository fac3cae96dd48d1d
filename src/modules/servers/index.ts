/** Servers, owned by an organisation (capped by its tier) or personally. */
import type { ModuleManifest } from "../manifest.ts";
import { registerServerRoutes } from "./routes.ts";
import { serverResolvers } from "./resolvers.ts";

export const serversModule: ModuleManifest = {
  name: "servers",
  resolvers: [serverResolvers],
  routes: registerServerRoutes,
};
