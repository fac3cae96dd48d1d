/** Organisation avatars: uploaded, processed with sharp, stored in the database and served with caching. */
import type { ModuleManifest } from "../manifest.ts";
import { avatarResolvers } from "./resolvers.ts";

export const avatarsModule: ModuleManifest = {
  name: "avatars",
  resolvers: [avatarResolvers],
};
