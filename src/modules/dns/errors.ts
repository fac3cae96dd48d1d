/** The one place DNS errors are made; their HTTP statuses are in src/rest/errors.ts with every other code's. */
import { AppError, type ErrorCode } from "../../errors.ts";

/** Every code the DNS domain throws. */
export type DnsErrorCode = Extract<
  ErrorCode,
  | "INVALID_INPUT"
  | "INVALID_ZONE_NAME"
  | "PUBLIC_SUFFIX"
  | "NAME_OUTSIDE_ZONE"
  | "INVALID_TTL"
  | "INVALID_CONTENT"
  | "INVALID_SRV_NAME"
  | "INVALID_ZONE_FILE"
  | "CNAME_AT_APEX"
  | "DUPLICATE_RECORD"
  | "CNAME_CONFLICT"
  | "APEX_NS_RESERVED"
  | "ZONE_TAKEN"
  | "ZONE_OVERLAPS"
  | "ZONE_LIMIT_REACHED"
  | "RECORD_LIMIT_REACHED"
>;

/** An AppError for the DNS domain; `field` names the input field at fault (name, content, ttl, type, zoneFile). */
export function dnsError(code: DnsErrorCode, message: string, field?: string): AppError {
  return new AppError(code, message, field);
}
