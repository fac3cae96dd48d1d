/** Each user's active organisation, which decides the default views. */
import type { ModuleManifest } from "../manifest.ts";
import { activeOrganisationResolvers } from "./resolvers.ts";
import { registerActiveOrganisationRoutes } from "./routes.ts";

export const activeOrganisationModule: ModuleManifest = {
  name: "active-organisation",
  resolvers: [activeOrganisationResolvers],
  routes: registerActiveOrganisationRoutes,
};
