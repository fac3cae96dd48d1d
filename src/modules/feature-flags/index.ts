/** Feature flags, global and per organisation, switched by platform admins. */
import type { ModuleManifest } from "../manifest.ts";
import { featureFlagResolvers } from "./resolvers.ts";
import { registerFeatureFlagRoutes } from "./routes.ts";

export const featureFlagsModule: ModuleManifest = {
  name: "feature-flags",
  resolvers: [featureFlagResolvers],
  routes: registerFeatureFlagRoutes,
};
