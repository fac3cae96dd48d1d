/**
 * Zone files (RFC 1035 master files): export, import and the difference an import makes. Import reads each
 * record through normaliseRecord and checkRecordRules, so a zone file obeys exactly the rules the API does.
 */
import { AppError } from "../../errors.ts";
import { dnsError } from "./errors.ts";
import { normaliseRecordName } from "./names.ts";
import {
  checkRecordRules,
  DEFAULT_TTL,
  isRecordType,
  normaliseRecord,
  RECORD_TYPES,
  type NormalisedRecord,
} from "./records.ts";
import { lexZoneFile, type ZoneFileToken } from "./zone-file-lexer.ts";

/** What Guildhall writes into the SOA; the serial comes from the zone. */
export interface SoaSettings {
  /** Absolute hostnames (trailing dot optional); the first is the primary (MNAME). */
  nameservers: string[];
  /** The contact as a name (`hostmaster.example.net`) or an address (`hostmaster@example.net`). */
  hostmaster: string;
  refresh?: number;
  retry?: number;
  expire?: number;
  /** The negative-caching TTL (RFC 2308). */
  minimum?: number;
}

const dotted = (name: string) => (name.endsWith(".") ? name : `${name}.`);

/** The SOA RNAME: an address's local part becomes the first label, its dots escaped. */
function rname(hostmaster: string): string {
  const at = hostmaster.indexOf("@");
  if (at < 0) return dotted(hostmaster);
  return dotted(`${hostmaster.slice(0, at).replace(/\./g, "\\.")}.${hostmaster.slice(at + 1)}`);
}

/** RFC 4034 canonical name order (label by label from the right), so a subtree's records sit together. */
function compareNames(a: string, b: string): number {
  const left = a.split(".").reverse();
  const right = b.split(".").reverse();
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return left[i] < right[i] ? -1 : 1;
  }
  return left.length - right.length;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The zone as an RFC 1035 master file: `$ORIGIN`, `$TTL`, the SOA (serial from the zone), one apex NS per
 * nameserver, then every record with a relative name, in a fixed order (name in canonical DNS order, then type,
 * then content) so the same zone always exports to the same text. TXT content is already split into 255-byte
 * strings by normaliseRecord.
 */
export function exportZoneFile(
  zone: { name: string; serial: number },
  records: readonly NormalisedRecord[],
  soa: SoaSettings,
  defaultTtl = DEFAULT_TTL,
): string {
  if (soa.nameservers.length === 0) throw new Error("exportZoneFile needs at least one nameserver.");
  const nameservers = soa.nameservers.map(dotted);
  const sorted = [...records].sort(
    (a, b) =>
      compareNames(a.absoluteName, b.absoluteName) || compareText(a.type, b.type) || compareText(a.content, b.content),
  );
  const lines = [
    `; ${zone.name}, exported by Guildhall`,
    `$ORIGIN ${zone.name}.`,
    `$TTL ${defaultTtl}`,
    `@\t${defaultTtl}\tIN\tSOA\t${nameservers[0]} ${rname(soa.hostmaster)} (`,
    `\t\t\t\t${zone.serial}\t; serial`,
    `\t\t\t\t${soa.refresh ?? 10_800}\t; refresh`,
    `\t\t\t\t${soa.retry ?? 3600}\t; retry`,
    `\t\t\t\t${soa.expire ?? 1_209_600}\t; expire`,
    `\t\t\t\t${soa.minimum ?? 300}\t; minimum`,
    `\t\t\t\t)`,
    ...nameservers.map((ns) => `@\t${defaultTtl}\tIN\tNS\t${ns}`),
    ...sorted.map((r) => `${r.name}\t${r.ttl}\tIN\t${r.type}\t${r.content}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** A TTL field: seconds, or BIND's units (`1h30m`, `2d`, `1w`); null if the token is not a TTL. */
function ttlSeconds(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(\d+[smhdw])+$/i.test(text)) return null;
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 };
  let total = 0;
  for (const [, amount, suffix] of text.matchAll(/(\d+)([smhdw])/gi)) {
    total += Number(amount) * unit[suffix.toLowerCase()];
  }
  return total;
}

/** A name as written in a zone file, made absolute (with a trailing dot) against the current origin. */
function absoluteOwner(text: string, origin: string): string {
  if (text === "@") return `${origin}.`;
  return text.endsWith(".") ? text : `${text}.${origin}.`;
}

/** The record's data fields as one content string; TXT strings are always quoted (a bare word is a string). */
function contentText(type: string, tokens: ZoneFileToken[]): string {
  if (type === "TXT") return tokens.map((token) => `"${token.text}"`).join(" ");
  return tokens.map((token) => (token.quoted ? `"${token.text}"` : token.text)).join(" ");
}

/** Runs a step of reading one entry, turning the API's errors into the zone file's, with the entry's line. */
function atLine<T>(line: number, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof AppError) throw dnsError("INVALID_ZONE_FILE", `line ${line}: ${error.message}`, "zoneFile");
    throw error;
  }
}

/**
 * Reads a zone file into the records Guildhall would serve for `zone` (a normalised zone name). Accepts
 * `$ORIGIN`, `$TTL`, comments, parentheses across lines, omitted owners, `@`, relative and absolute names,
 * TTL and class in either order, and a TTL omitted (then `$TTL`, or else the last TTL stated, else 3600). The
 * SOA and the apex NS records are Guildhall's own: they are skipped and counted in `ignored`. Every problem,
 * including a record the API would refuse, is an INVALID_ZONE_FILE error whose message starts "line N: ".
 */
export function parseZoneFile(text: string, zone: string): { records: NormalisedRecord[]; ignored: number } {
  if (typeof text !== "string") throw dnsError("INVALID_INPUT", "zoneFile must be text.", "zoneFile");
  const records: NormalisedRecord[] = [];
  let ignored = 0;
  let origin = zone;
  let defaultTtl: number | undefined;
  let lastTtl: number | undefined;
  let owner: string | undefined;

  for (const entry of lexZoneFile(text)) {
    const fail = (message: string) => dnsError("INVALID_ZONE_FILE", `line ${entry.line}: ${message}`, "zoneFile");
    const tokens = [...entry.tokens];
    const first = tokens[0];
    if (!entry.ownerOmitted && !first.quoted && first.text.startsWith("$")) {
      const directive = first.text.toUpperCase();
      if (directive === "$ORIGIN" && tokens.length === 2 && !tokens[1].quoted) {
        const named = absoluteOwner(tokens[1].text, origin);
        origin = atLine(entry.line, () => normaliseRecordName(named, zone)).absolute;
      } else if (directive === "$TTL" && tokens.length === 2 && ttlSeconds(tokens[1].text) !== null) {
        defaultTtl = ttlSeconds(tokens[1].text)!;
      } else if (directive === "$ORIGIN" || directive === "$TTL") {
        throw fail(`${directive} takes one value, like "${directive === "$TTL" ? "$TTL 3600" : `$ORIGIN ${zone}.`}".`);
      } else {
        throw fail(`${first.text} is not supported; only $ORIGIN and $TTL are.`);
      }
      continue;
    }

    if (!entry.ownerOmitted) owner = absoluteOwner(tokens.shift()!.text, origin);
    else if (owner === undefined) throw fail("the first record has no name.");

    let ttl: number | undefined;
    let classSeen = false;
    while (tokens.length > 0 && !tokens[0].quoted) {
      const seconds = ttlSeconds(tokens[0].text);
      const word = tokens[0].text.toUpperCase();
      if (seconds !== null && ttl === undefined) ttl = seconds;
      else if (!classSeen && /^(IN|CH|HS|CS|CLASS\d+)$/.test(word)) {
        if (word !== "IN") throw fail(`only the IN class is supported, not ${word}.`);
        classSeen = true;
      } else break;
      tokens.shift();
    }
    if (ttl !== undefined) lastTtl = ttl;
    const typeToken = tokens.shift();
    if (!typeToken || typeToken.quoted) throw fail("the record has no type.");
    const type = typeToken.text.toUpperCase();

    const name = atLine(entry.line, () => normaliseRecordName(owner, zone));
    if (type === "SOA" || (type === "NS" && name.absolute === zone)) {
      if (type === "SOA" && name.absolute !== zone) throw fail(`the SOA record belongs at the apex, ${zone}.`);
      ignored++;
      continue;
    }
    if (!isRecordType(type)) {
      throw fail(`${type} records are not supported; Guildhall serves ${RECORD_TYPES.join(", ")}.`);
    }
    const content = contentText(type, tokens);
    const record = atLine(entry.line, () => {
      const input = { name: owner, type, content, ttl: ttl ?? defaultTtl ?? lastTtl ?? DEFAULT_TTL };
      const normalised = normaliseRecord(input, zone, { origin });
      checkRecordRules(records, normalised, zone);
      return normalised;
    });
    records.push(record);
  }
  return { records, ignored };
}

/**
 * What turns the `current` records into the `desired` ones. Records are the same when name, type, content and
 * TTL are; a TTL change is a removal plus an addition, because a row is replaced, not edited, and that keeps
 * the result a plain list of rows to delete and rows to insert.
 */
export function diffRecords<Current extends NormalisedRecord & { id: string }>(
  current: readonly Current[],
  desired: readonly NormalisedRecord[],
): { added: NormalisedRecord[]; removed: Current[]; unchanged: number } {
  const key = (r: NormalisedRecord) => JSON.stringify([r.absoluteName, r.type, r.content, r.ttl]);
  const unmatched = new Map<string, Current[]>();
  for (const record of current) unmatched.set(key(record), [...(unmatched.get(key(record)) ?? []), record]);
  const added: NormalisedRecord[] = [];
  let unchanged = 0;
  for (const record of desired) {
    const match = unmatched.get(key(record))?.shift();
    if (match) unchanged++;
    else added.push(record);
  }
  const left = new Set([...unmatched.values()].flat());
  return { added, removed: current.filter((record) => left.has(record)), unchanged };
}
