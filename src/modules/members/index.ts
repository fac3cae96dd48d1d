/** An organisation's members and their roles. */
import type { ModuleManifest } from "../manifest.ts";
import { memberResolvers } from "./resolvers.ts";
import { registerMemberRoutes } from "./routes.ts";

export const membersModule: ModuleManifest = {
  name: "members",
  resolvers: [memberResolvers],
  routes: registerMemberRoutes,
};
