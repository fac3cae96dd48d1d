/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name (an `…Enum` export gives an
 * enum's internal values), so resolver typings follow the database rows.
 */
import type { Connection } from "../../lib/pagination.ts";
import type { ActivityEntryRow } from "../activity/tables.ts";
import type { MembershipRow } from "./tables.ts";

export type Membership = MembershipRow;
export type MembershipConnection = Connection<MembershipRow>;
/** A change `membershipChanged` reports: the activity entry that recorded it and the users it concerns (the first is the one it names). */
export type MembershipChange = { activity: ActivityEntryRow; userIds: string[] };
