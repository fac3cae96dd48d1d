/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name, so resolver typings follow the
 * database rows.
 */
import type { Connection } from "../../lib/pagination.ts";
import type { NormalisedRecord } from "./records.ts";
import type { DnsRecordRow, DnsZoneRow } from "./tables.ts";

export type DnsZone = DnsZoneRow;
export type DnsZoneConnection = Connection<DnsZoneRow>;
export type DnsRecord = DnsRecordRow;
export type DnsRecordConnection = Connection<DnsRecordRow>;
/** A record as a zone file holds it: no id. */
export type DnsZoneFileRecord = NormalisedRecord;
