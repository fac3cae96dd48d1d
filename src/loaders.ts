/** Every domain's DataLoaders, created fresh for each request (never shared between requests). */
import type { Db } from "./db/client.ts";
import { createActivityLoaders } from "./modules/activity/loaders.ts";
import { createMemberLoaders } from "./modules/members/loaders.ts";
import { createOrganisationLoaders } from "./modules/organisations/loaders.ts";
import { createUserLoaders } from "./modules/users/loaders.ts";

export function createLoaders(db: Db) {
  return {
    users: createUserLoaders(db),
    organisations: createOrganisationLoaders(db),
    members: createMemberLoaders(db),
    activity: createActivityLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
