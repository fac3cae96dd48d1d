/**
 * What each GraphQL object type is backed by at run time: the parent value its field resolvers receive.
 * codegen.ts maps the SDL types onto these, so resolver typings follow the database rows.
 */
import type {
  ActivityEntryRow,
  MembershipRow,
  OrganisationRow,
  OrgRole,
  PlatformRole,
  PortalTier,
  UserRow,
} from "../db/schema.ts";
import type { Connection } from "../lib/pagination.ts";

export type { PortalTierInfo } from "../modules/organisations/tiers.ts";
export type User = UserRow;
/** The signed-in user, seen by themself. */
export type Viewer = UserRow;
export type Organisation = OrganisationRow;
export type Membership = MembershipRow;
export type MembershipConnection = Connection<MembershipRow>;
export type ActivityEntry = ActivityEntryRow;
export type ActivityConnection = Connection<ActivityEntryRow>;

/**
 * GraphQL enums are SCREAMING_SNAKE on the wire and the documented lowercase strings inside (the same
 * strings REST and the database use). These types tell codegen the inside values; the enum resolvers in
 * resolvers.ts translate.
 */
export type PlatformRoleEnum = PlatformRole;
export type OrgRoleEnum = OrgRole;
export type PortalTierEnum = PortalTier;
