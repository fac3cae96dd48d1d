/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name (an `…Enum` export gives an
 * enum's internal values), so resolver typings follow the database rows.
 */
import type { Connection } from "../../lib/pagination.ts";
import type { ServerRow } from "./tables.ts";

export type Server = ServerRow;
export type ServerConnection = Connection<ServerRow>;
/** Resolved lazily: each part asks the service for what it shows. */
export type OrganisationUsage = { organisationId: string };
