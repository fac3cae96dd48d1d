/** The organisations core: create, read, list, rename, change tier, delete. */
import type { ModuleManifest } from "../manifest.ts";
import { organisationResolvers } from "./resolvers.ts";
import { registerOrganisationRoutes } from "./routes.ts";

export const organisationsModule: ModuleManifest = {
  name: "organisations",
  resolvers: [organisationResolvers],
  routes: registerOrganisationRoutes,
};
