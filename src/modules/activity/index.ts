/** Each organisation's activity log (read through organisations' routes). */
import type { ModuleManifest } from "../manifest.ts";
import { activityResolvers } from "./resolvers.ts";

export const activityModule: ModuleManifest = {
  name: "activity",
  resolvers: [activityResolvers],
};
