/** Every domain's resolvers, merged into the one map the schema is built from. */
import type { Resolvers } from "./generated/resolvers-types.ts";
import { activityResolvers } from "../modules/activity/resolvers.ts";
import { organisationResolvers } from "../modules/organisations/resolvers.ts";
import { userResolvers } from "../modules/users/resolvers.ts";
import { DateTime, JSONObject } from "./scalars.ts";

const enums: Resolvers = {
  PlatformRole: { USER: "user", ADMIN: "admin" },
  OrgRole: { OWNER: "owner", ADMIN: "admin", MEMBER: "member" },
  PortalTier: { FREE: "free", PAID: "paid", EDUCATIONAL: "educational", ENTERPRISE: "enterprise" },
};

const domains: Resolvers[] = [enums, userResolvers, organisationResolvers, activityResolvers];

export const resolvers: Resolvers = { DateTime, JSON: JSONObject };
for (const domain of domains) {
  for (const [typeName, fields] of Object.entries(domain)) {
    (resolvers as Record<string, unknown>)[typeName] = { ...((resolvers as Record<string, object>)[typeName] ?? {}), ...fields };
  }
}
