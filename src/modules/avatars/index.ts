/** Organisation avatars: uploaded, processed with sharp, stored in the database and served with caching. */
import type { ModuleManifest } from "../manifest.ts";
import { avatarResolvers } from "./resolvers.ts";
import { registerAvatarFileRoutes, registerAvatarRoutes } from "./routes.ts";

export const avatarsModule: ModuleManifest = {
  name: "avatars",
  resolvers: [avatarResolvers],
  routes: registerAvatarRoutes,
  publicRoutes: registerAvatarFileRoutes,
  // No start hook: sharp loads, configured, with the first upload (configureSharp in image.ts).
};
