/** Every domain's resolvers, merged into the one map the schema is built from. */
import type { Resolvers } from "./generated/resolvers-types.ts";
import { activityResolvers } from "../modules/activity/resolvers.ts";
import { organisationResolvers } from "../modules/organisations/resolvers.ts";
import { userResolvers } from "../modules/users/resolvers.ts";
import { activeOrganisationResolvers } from "../modules/active-organisation/resolvers.ts";
import { nodeResolvers } from "../modules/nodes/resolvers.ts";
import { serverResolvers } from "../modules/servers/resolvers.ts";
import { tunnelDeviceResolvers } from "../modules/tunnel-devices/resolvers.ts";
import { inviteResolvers } from "../modules/invites/resolvers.ts";
import { mailboxResolvers } from "../modules/mailbox/resolvers.ts";
import { memberResolvers } from "../modules/members/resolvers.ts";
import { emailVerificationResolvers } from "../modules/users/verification-resolvers.ts";
import { DateTime, JSONObject } from "./scalars.ts";

const enums: Resolvers = {
  PlatformRole: { USER: "user", ADMIN: "admin" },
  OrgRole: { OWNER: "owner", ADMIN: "admin", MEMBER: "member" },
  PortalTier: { FREE: "free", PAID: "paid", EDUCATIONAL: "educational", ENTERPRISE: "enterprise" },
};

const domains: Resolvers[] = [
  enums,
  userResolvers,
  organisationResolvers,
  activityResolvers,
  nodeResolvers,
  serverResolvers,
  tunnelDeviceResolvers,
  activeOrganisationResolvers,
  inviteResolvers,
  memberResolvers,
  mailboxResolvers,
  emailVerificationResolvers,
];

export const resolvers: Resolvers = { DateTime, JSON: JSONObject };
for (const domain of domains) {
  for (const [typeName, fields] of Object.entries(domain)) {
    (resolvers as Record<string, unknown>)[typeName] = { ...((resolvers as Record<string, object>)[typeName] ?? {}), ...fields };
  }
}
