/** Each user's in-app messages. */
import type { ModuleManifest } from "../manifest.ts";
import { mailboxResolvers } from "./resolvers.ts";
import { registerMailboxRoutes } from "./routes.ts";

export const mailboxModule: ModuleManifest = {
  name: "mailbox",
  resolvers: [mailboxResolvers],
  routes: registerMailboxRoutes,
};
