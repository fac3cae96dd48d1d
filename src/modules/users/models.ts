/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name (an `…Enum` export gives an
 * enum's internal values), so resolver typings follow the database rows.
 */
import type { PlatformRole, UserCard, UserRow } from "./tables.ts";

/** Another user, as lists and fields that name someone show them. */
export type User = UserCard;
/** The signed-in user, seen by themself. */
export type Viewer = UserRow;
export type PlatformRoleEnum = PlatformRole;
