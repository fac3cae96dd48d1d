/** Accounts, sessions and email verification. */
import type { ModuleManifest } from "../manifest.ts";
import { emailVerificationResolvers } from "./verification-resolvers.ts";
import { registerAuthRoutes } from "./routes.ts";
import { registerEmailVerificationRoutes } from "./verification-routes.ts";
import { userResolvers } from "./resolvers.ts";

export const usersModule: ModuleManifest = {
  name: "users",
  resolvers: [userResolvers, emailVerificationResolvers],
  routes: (api) => {
    registerAuthRoutes(api);
    registerEmailVerificationRoutes(api);
  },
};
