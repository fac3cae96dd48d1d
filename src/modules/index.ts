/**
 * Every domain Guildhall is made of. Adding a domain: a schema/<domain>.graphql, a src/modules/<domain>/
 * folder (its manifest in index.ts, tables.ts, models.ts, ...), its actions in src/auth/policy.ts, a
 * migration, and one line here.
 */
import type { ModuleManifest } from "./manifest.ts";
import { usersModule } from "./users/index.ts";
import { organisationsModule } from "./organisations/index.ts";
import { membersModule } from "./members/index.ts";
import { invitesModule } from "./invites/index.ts";
import { mailboxModule } from "./mailbox/index.ts";
import { mailModule } from "./mail/index.ts";
import { activityModule } from "./activity/index.ts";
import { avatarsModule } from "./avatars/index.ts";
import { featureFlagsModule } from "./feature-flags/index.ts";
import { activeOrganisationModule } from "./active-organisation/index.ts";
import { nodesModule } from "./nodes/index.ts";
import { serversModule } from "./servers/index.ts";
import { tunnelDevicesModule } from "./tunnel-devices/index.ts";
import { dnsModule } from "./dns/index.ts";

export const modules: readonly ModuleManifest[] = [
  usersModule,
  organisationsModule,
  membersModule,
  invitesModule,
  mailboxModule,
  mailModule,
  activityModule,
  activeOrganisationModule,
  nodesModule,
  serversModule,
  tunnelDevicesModule,
  avatarsModule,
  featureFlagsModule,
  dnsModule,
];
