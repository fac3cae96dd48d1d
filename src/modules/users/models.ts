/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name (an `…Enum` export gives an
 * enum's internal values), so resolver typings follow the database rows.
 */
import type { ListedUser, PlatformRole, UserCard, UserRow } from "./tables.ts";

/** Another user, as fields that name someone show them: a whole card, or as a list read them (without createdAt). */
export type User = UserCard | ListedUser;
/** The signed-in user, seen by themself. */
export type Viewer = UserRow;
export type PlatformRoleEnum = PlatformRole;
