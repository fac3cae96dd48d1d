/** The machines servers are placed on. */
import type { ModuleManifest } from "../manifest.ts";
import { nodeResolvers } from "./resolvers.ts";
import { registerNodeRoutes } from "./routes.ts";

export const nodesModule: ModuleManifest = {
  name: "nodes",
  resolvers: [nodeResolvers],
  routes: registerNodeRoutes,
};
