/** Email invitations into an organisation. */
import type { ModuleManifest } from "../manifest.ts";
import { inviteResolvers } from "./resolvers.ts";
import { registerInviteRoutes } from "./routes.ts";

export const invitesModule: ModuleManifest = {
  name: "invites",
  resolvers: [inviteResolvers],
  routes: registerInviteRoutes,
};
