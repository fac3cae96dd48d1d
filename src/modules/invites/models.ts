/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name (an `…Enum` export gives an
 * enum's internal values), so resolver typings follow the database rows.
 */
import type { Connection } from "../../lib/pagination.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { InviteDelivery as Delivery } from "./reading.ts";
import type { InviteRow, InviteStatus } from "./tables.ts";

export type Invite = InviteRow;
export type InviteConnection = Connection<InviteRow>;
/** An invitee sees only the organisation's name, handle and avatar. */
export type InvitingOrganisation = OrganisationRow;
export type InviteDelivery = Delivery;
export type MailDeliveryStatusEnum = Delivery["status"];
export type InviteStatusEnum = InviteStatus;
