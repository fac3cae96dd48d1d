/**
 * DNS records: one validation and one canonical form for everything that makes or compares them (the API,
 * zone-file import and export, duplicate checks, diffs). Content is stored in zone-file presentation form, so
 * export writes it as is and PowerDNS reads it as is.
 */
import { canonicalIPv4, canonicalIPv6 } from "./addresses.ts";
import {
  concatBytes,
  lenientText,
  parseQuotedStrings,
  quoteBytes,
  splitBytes,
  strictText,
  utf8,
  MAX_STRING_BYTES,
} from "./character-strings.ts";
import { dnsError } from "./errors.ts";
import { absoluteHostname, normaliseRecordName } from "./names.ts";

/** The record types Guildhall serves; SOA and the apex NS are composed by Guildhall, never stored as records. */
export const RECORD_TYPES = ["A", "AAAA", "CNAME", "NS", "PTR", "MX", "TXT", "SRV", "CAA"] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** TTL bounds in seconds: a minute keeps caches useful, a day keeps a mistake from lasting longer. */
export const DEFAULT_TTL = 3600;
export const MIN_TTL = 60;
export const MAX_TTL = 86_400;
/** A TXT record's text, in bytes of UTF-8; DKIM keys need about 1,700 bytes at most. */
export const MAX_TXT_BYTES = 4000;
/** Bounds the wire size: empty strings carry no text but still cost a byte each. */
export const MAX_TXT_STRINGS = 64;
/** The longest canonical content can be: a TXT record whose every byte is written `\DDD`, in quoted strings. */
export const MAX_CONTENT_LENGTH = MAX_TXT_BYTES * 4 + MAX_TXT_STRINGS * 3;

/** A record as stored and compared: every field canonical, so equal records are equal strings. */
export interface NormalisedRecord {
  /** Relative to the zone; "@" is the apex. */
  name: string;
  /** The full name, without a trailing dot. */
  absoluteName: string;
  type: RecordType;
  /** Canonical presentation form, as a zone file writes it (hostnames absolute with a trailing dot). */
  content: string;
  ttl: number;
}

const EXPECTED: Record<RecordType, string> = {
  A: `An A record's content is an IPv4 address, like "203.0.113.10".`,
  AAAA: `An AAAA record's content is an IPv6 address, like "2001:db8::10".`,
  CNAME: `A CNAME record's content is a hostname, like "target.example.com.".`,
  NS: `An NS record's content is a nameserver's hostname, like "ns1.example.net.".`,
  PTR: `A PTR record's content is a hostname, like "host.example.com.".`,
  MX: `An MX record's content is "priority host", like "10 mail.example.com.".`,
  TXT: `A TXT record's content is text of 1 to ${MAX_TXT_BYTES} bytes, or quoted strings like "v=spf1" "-all".`,
  SRV: `An SRV record's content is "priority weight port target", like "0 5 25565 mc.example.com.".`,
  CAA: `A CAA record's content is "flags tag value", like 0 issue "letsencrypt.org".`,
};

/** Whether a string is one of the record types Guildhall serves (already upper case). */
export function isRecordType(value: string): value is RecordType {
  return (RECORD_TYPES as readonly string[]).includes(value);
}

/**
 * Validates a record and puts it in canonical form. `zone` is a normalised zone name. Hostnames in content are
 * absolute, dot or not; with `options.origin` (zone-file import) an undotted hostname is relative to the origin,
 * `@` is the origin, and TXT content must be quoted strings, as a zone file writes them.
 */
export function normaliseRecord(
  input: { name: unknown; type: unknown; content: unknown; ttl?: unknown },
  zone: string,
  options: { origin?: string } = {},
): NormalisedRecord {
  const type = recordType(input.type);
  const { relative, absolute } = normaliseRecordName(input.name, zone);
  if (type === "SRV" && !/^_[a-z0-9-]+\._[a-z0-9-]+(\.|$)/.test(relative)) {
    throw dnsError(
      "INVALID_SRV_NAME",
      `An SRV record's name is "_service._proto", like "_minecraft._tcp", not "${relative}".`,
      "name",
    );
  }
  if (typeof input.content !== "string") throw dnsError("INVALID_INPUT", "content must be text.", "content");
  const origin = options.origin?.replace(/\.$/, "").toLowerCase();
  const content = canonicalContent(type, input.content.trim(), origin);
  return { name: relative, absoluteName: absolute, type, content, ttl: normaliseTtl(input.ttl) };
}

function recordType(input: unknown): RecordType {
  const type = typeof input === "string" ? input.trim().toUpperCase() : "";
  if (!isRecordType(type)) throw dnsError("INVALID_INPUT", `type is one of ${RECORD_TYPES.join(", ")}.`, "type");
  return type;
}

function normaliseTtl(input: unknown): number {
  if (input === undefined || input === null) return DEFAULT_TTL;
  const ttl = typeof input === "string" && /^\d+$/.test(input.trim()) ? Number(input.trim()) : input;
  if (typeof ttl !== "number" || !Number.isInteger(ttl) || ttl < MIN_TTL || ttl > MAX_TTL) {
    throw dnsError("INVALID_TTL", `TTL is a whole number of seconds from ${MIN_TTL} to ${MAX_TTL} (a day).`, "ttl");
  }
  return ttl;
}

function invalidContent(type: RecordType, problem?: string) {
  return dnsError("INVALID_CONTENT", problem ? `${problem}. ${EXPECTED[type]}` : EXPECTED[type], "content");
}

function hostname(type: RecordType, text: string, origin: string | undefined, allowRoot = false): string {
  const result = absoluteHostname(text, { origin, allowRoot });
  if (typeof result !== "string") throw invalidContent(type, result.problem);
  return result;
}

function uint16(type: RecordType, text: string, what: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65_535) throw invalidContent(type, `The ${what} is 0 to 65535`);
  return Number(text);
}

function canonicalContent(type: RecordType, text: string, origin: string | undefined): string {
  switch (type) {
    case "A":
      return canonicalIPv4(text) ?? invalid(type, text && `"${text}" is not an IPv4 address`);
    case "AAAA":
      return canonicalIPv6(text) ?? invalid(type, text && `"${text}" is not an IPv6 address`);
    case "CNAME":
    case "NS":
    case "PTR":
      if (!text || /\s/.test(text)) throw invalidContent(type);
      return hostname(type, text, origin);
    case "MX": {
      const fields = text.split(/\s+/);
      if (fields.length !== 2) throw invalidContent(type);
      return `${uint16(type, fields[0], "priority")} ${hostname(type, fields[1], origin, true)}`;
    }
    case "SRV": {
      const fields = text.split(/\s+/);
      if (fields.length !== 4) throw invalidContent(type);
      const [priority, weight, port] = ["priority", "weight", "port"].map((what, i) => uint16(type, fields[i], what));
      return `${priority} ${weight} ${port} ${hostname(type, fields[3], origin, true)}`;
    }
    case "TXT":
      return canonicalTxt(text, origin !== undefined);
    case "CAA":
      return canonicalCaa(text);
  }
}

function invalid(type: RecordType, problem: string): never {
  throw invalidContent(type, problem || undefined);
}

/**
 * Plain text (`v=spf1 -all`) or quoted strings (`"abc" "def"`); a zone file always quotes, so `quotedOnly`
 * refuses anything else there. Text that starts and ends with a quote but is not a run of quoted strings is
 * plain text with its quotes. The strings a person gave are kept (they are separate on the wire), each split
 * into 255-byte pieces; plain text becomes as few 255-byte pieces as it needs.
 */
function canonicalTxt(text: string, quotedOnly: boolean): string {
  const quoted = text.startsWith('"') && text.endsWith('"') ? parseQuotedStrings(text) : null;
  if (!quoted && quotedOnly) throw invalidContent("TXT", "The TXT strings are not properly quoted");
  const strings = quoted ?? [utf8(text)];
  const bytes = concatBytes(strings);
  if (bytes.length === 0) throw invalidContent("TXT", "The text is empty");
  if (bytes.length > MAX_TXT_BYTES) throw invalidContent("TXT", `The text is ${bytes.length} bytes`);
  if (strictText(bytes) === null) throw invalidContent("TXT", "The text is not UTF-8");
  const pieces = strings.flatMap((string) => splitBytes(string));
  if (pieces.length > MAX_TXT_STRINGS) {
    throw invalidContent("TXT", `The text is in more than ${MAX_TXT_STRINGS} strings`);
  }
  return pieces.map(quoteBytes).join(" ");
}

/** The text a TXT record's canonical content carries, its strings joined as resolvers join them (SPF, DKIM). */
export function txtValue(content: string): string {
  const strings = parseQuotedStrings(content);
  return strings ? lenientText(concatBytes(strings)) : content;
}

const CAA_TAGS = new Set(["issue", "issuewild", "iodef"]);

function canonicalCaa(text: string): string {
  const match = /^(\d{1,3})\s+([a-z0-9]+)\s+(\S[\s\S]*)$/i.exec(text);
  if (!match) throw invalidContent("CAA");
  const [, flagsText, tagText, valueText] = match;
  const flags = Number(flagsText);
  if (flags > 255) throw invalidContent("CAA", "The flags are 0 to 255");
  const tag = tagText.toLowerCase();
  if (!CAA_TAGS.has(tag)) throw invalidContent("CAA", `The tag is issue, issuewild or iodef, not "${tagText}"`);
  const strings = valueText.startsWith('"')
    ? parseQuotedStrings(valueText)
    : /["\s]/.test(valueText)
      ? null
      : parseQuotedStrings(`"${valueText}"`);
  if (!strings || strings.length !== 1) throw invalidContent("CAA", "The value is one quoted string");
  const value = strictText(strings[0]);
  if (value === null || strings[0].length > MAX_STRING_BYTES) {
    throw invalidContent("CAA", `The value is UTF-8 text of at most ${MAX_STRING_BYTES} bytes`);
  }
  // issue/issuewild: an issuer domain (or nothing: "no one may issue"), then optional "; key=value" parameters.
  const valid =
    tag === "iodef"
      ? /^(mailto:|https?:\/\/)\S+$/i.test(value)
      : /^\s*([a-z0-9]([a-z0-9.-]*[a-z0-9])?)?\s*(;.*)?$/i.test(value);
  if (!valid) {
    const what = tag === "iodef" ? "a mailto: or https:// URL" : `an issuer's domain, like "letsencrypt.org", or ";"`;
    throw invalidContent("CAA", `The ${tag} value is ${what}`);
  }
  return `${flags} ${tag} ${quoteBytes(strings[0])}`;
}

/**
 * Throws if `candidate` may not join `existing` (the zone's other records; a candidate with an id is an update
 * and skips its own row): no CNAME at the apex (CNAME_AT_APEX), no NS at the apex, which are Guildhall's own
 * nameservers (APEX_NS_RESERVED), no record identical in name, type and content to another (DUPLICATE_RECORD,
 * TTL aside), and a CNAME shares its name with no other record, either way round (CNAME_CONFLICT). The service
 * must call this while holding the zone's lock, or two requests can each pass it and together break it.
 */
export function checkRecordRules(
  existing: readonly (NormalisedRecord & { id?: string })[],
  candidate: NormalisedRecord & { id?: string },
  zone: string,
): void {
  const atApex = candidate.absoluteName === zone;
  if (candidate.type === "CNAME" && atApex) {
    throw dnsError("CNAME_AT_APEX", "A CNAME cannot be at the zone apex (@): the apex has SOA and NS records.", "name");
  }
  if (candidate.type === "NS" && atApex) {
    throw dnsError(
      "APEX_NS_RESERVED",
      "The NS records at the apex (@) are Guildhall's nameservers, managed for you; " +
        "NS records can delegate a subdomain.",
      "name",
    );
  }
  const sameName = existing.filter(
    (record) =>
      record.absoluteName === candidate.absoluteName && (candidate.id === undefined || record.id !== candidate.id),
  );
  if (sameName.some((record) => record.type === candidate.type && record.content === candidate.content)) {
    throw dnsError(
      "DUPLICATE_RECORD",
      `${candidate.absoluteName} already has the ${candidate.type} record ${candidate.content}.`,
      "content",
    );
  }
  if (candidate.type === "CNAME" && sameName.length > 0) {
    const types = [...new Set(sameName.map((record) => record.type))].join(", ");
    throw dnsError(
      "CNAME_CONFLICT",
      `${candidate.absoluteName} already has ${types} records; a CNAME must be the only record at its name.`,
      "name",
    );
  }
  const cname = sameName.find((record) => record.type === "CNAME");
  if (cname) {
    throw dnsError(
      "CNAME_CONFLICT",
      `${candidate.absoluteName} is a CNAME to ${cname.content}; no other record can share its name.`,
      "name",
    );
  }
}
