/** Every domain's DataLoaders, created fresh for each request (never shared between requests). */
import type { Db } from "./db/client.ts";
import { createActivityLoaders } from "./modules/activity/loaders.ts";
import { createInviteLoaders } from "./modules/invites/loaders.ts";
import { createMemberLoaders } from "./modules/members/loaders.ts";
import { createOrganisationLoaders } from "./modules/organisations/loaders.ts";
import { createUserLoaders } from "./modules/users/loaders.ts";
import { createNodeLoaders } from "./modules/nodes/loaders.ts";
import { createServerLoaders } from "./modules/servers/loaders.ts";
import { createTunnelDeviceLoaders } from "./modules/tunnel-devices/loaders.ts";

export function createLoaders(db: Db) {
  return {
    users: createUserLoaders(db),
    organisations: createOrganisationLoaders(db),
    members: createMemberLoaders(db),
    activity: createActivityLoaders(db),
    invites: createInviteLoaders(db),
    nodes: createNodeLoaders(db),
    servers: createServerLoaders(db),
    tunnelDevices: createTunnelDeviceLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
