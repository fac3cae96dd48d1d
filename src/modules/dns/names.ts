/**
 * Domain names: zone names, record owner names and hostnames in record content. Everything leaves here in
 * lower-case ASCII (internationalised labels as punycode) without a trailing dot, except hostnames in content,
 * which are absolute with one, as a zone file writes them.
 */
import { domainToASCII, domainToUnicode } from "node:url";
import { getPublicSuffix } from "tldts";
import { dnsError } from "./errors.ts";

const HOST_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// Owner names and targets also carry service labels (_dmarc, _minecraft._tcp, selector._domainkey).
const DNS_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
// ASCII that may appear beside non-ASCII letters in a label; anything else would be eaten or reinterpreted by
// the URL host parser behind domainToASCII (it percent-decodes and stops at "/").
const SAFE_ASCII = /^[a-z0-9_-]*$/;
const NON_ASCII = /[^\x00-\x7f]/;
// UTS #46 treats these as dots too, so split on them before converting labels one at a time.
const IDEOGRAPHIC_DOTS = /[\u3002\uff0e\uff61]/g;
const MAX_NAME_LENGTH = 253;

interface LabelRules {
  underscores: boolean;
  wildcard: boolean;
}

/** The name's labels in ASCII, or a sentence saying what is wrong (callers pick the error code and field). */
function asciiLabels(text: string, rules: LabelRules): string[] | string {
  if (text === "") return "it is empty";
  const labels = text.replace(IDEOGRAPHIC_DOTS, ".").split(".");
  const result: string[] = [];
  for (const [index, raw] of labels.entries()) {
    if (raw === "") return "it has an empty label (two dots in a row, or a leading dot)";
    if (rules.wildcard && index === 0 && raw === "*") {
      result.push(raw);
      continue;
    }
    let label = raw;
    if (NON_ASCII.test(raw)) {
      if (!SAFE_ASCII.test(raw.replace(/[^\x00-\x7f]/g, ""))) return `"${raw}" has characters a name cannot hold`;
      label = domainToASCII(raw);
      if (label === "" || label.includes(".")) return `"${raw}" is not a valid internationalised label`;
    }
    const pattern = rules.underscores ? DNS_LABEL : HOST_LABEL;
    if (!pattern.test(label)) {
      if (label.includes("*")) return `"*" may only be the whole first label, as in *.example.com`;
      const allowed = rules.underscores ? "letters, digits, hyphens or underscores" : "letters, digits or hyphens";
      return `"${raw}" is not a valid label: labels have 1 to 63 ${allowed} and do not start or end with a hyphen`;
    }
    // An xn-- label must be real punycode, or resolvers and browsers will disagree about what it means.
    if (label.startsWith("xn--") && domainToASCII(label) !== label) return `"${raw}" is not valid punycode`;
    result.push(label);
  }
  if (result.join(".").length > MAX_NAME_LENGTH) return `it is longer than ${MAX_NAME_LENGTH} characters`;
  return result;
}

/**
 * Whether a name is a public suffix. Private-section suffixes (github.io, eu.org, is-a.dev) count: their
 * children belong to different people, so letting one organisation claim the suffix would let it block, through
 * the overlap rule, every other user's zone below it. The price is that the operators of those suffixes cannot
 * host the suffix itself here.
 */
function isPublicSuffix(name: string): boolean {
  return !name.includes(".") || getPublicSuffix(name, { allowPrivateDomains: true }) === name;
}

const stripOneDot = (text: string) => (text.endsWith(".") ? text.slice(0, -1) : text);

/**
 * A zone name as typed by a person (any case, one optional trailing dot, unicode or punycode) as stored (`ascii`)
 * and as shown (`unicode`). Refuses names that are not registrable: single labels, numeric top-level labels
 * (IP addresses) and public suffixes (`com`, `co.uk`, `github.io`).
 */
export function normaliseZoneName(input: unknown): { ascii: string; unicode: string } {
  if (typeof input !== "string") throw dnsError("INVALID_INPUT", "name must be text.", "name");
  const text = stripOneDot(input.trim().toLowerCase());
  const labels = asciiLabels(text, { underscores: false, wildcard: false });
  if (typeof labels === "string") {
    throw dnsError("INVALID_ZONE_NAME", `"${input.trim()}" is not a valid domain name: ${labels}.`, "name");
  }
  if (labels.length < 2) {
    throw dnsError("INVALID_ZONE_NAME", `A zone needs a domain like example.com, not "${text}" on its own.`, "name");
  }
  if (/^\d+$/.test(labels[labels.length - 1])) {
    throw dnsError("INVALID_ZONE_NAME", `"${text}" is an address, not a domain name.`, "name");
  }
  const ascii = labels.join(".");
  if (isPublicSuffix(ascii)) {
    throw dnsError(
      "PUBLIC_SUFFIX",
      `"${text}" is a public suffix, shared by many owners; add a domain registered under it, like example.${ascii}.`,
      "name",
    );
  }
  return { ascii, unicode: domainToUnicode(ascii) };
}

/** Whether two normalised zone names are the same or one contains the other (a parent at a label boundary). */
export function overlaps(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/**
 * The names an existing zone would need to have to be `name` or one of its parents: `name` and its parents
 * that are not public suffixes (those can never be zones). With `name like '%.' || $name` for the children,
 * `zones.name = any($candidates)` finds every overlapping zone. Zone names have no `_` or `%`, so the LIKE
 * pattern needs no escaping.
 */
export function overlapCandidates(name: string): string[] {
  const labels = name.split(".");
  const candidates: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join(".");
    if (!isPublicSuffix(parent)) candidates.push(parent);
  }
  return candidates;
}

/**
 * The advisory-lock key for creating a zone: the shortest parent of `name` (or `name`) that is not a public
 * suffix. For nearly every name that is tldts's eTLD+1 (`www.example.co.uk` -> `example.co.uk`), but it is
 * defined this way because that is what makes the guarantee hold: if zones A and B overlap, say B is A or a
 * parent of A, then every name the search for A visits up to B is also a parent of B (the same names, the same
 * answers), and B itself is not a public suffix, so both searches stop at the same name. eTLD+1 alone would
 * break where the suffix list has entries below a registrable name: `amazonaws.com` is registrable but
 * `s3.amazonaws.com` is a suffix, so `bucket.s3.amazonaws.com` has eTLD+1 `bucket.s3.amazonaws.com` while
 * overlapping `amazonaws.com`. Taking one lock per key therefore serialises every pair of overlapping zones.
 */
export function registrableDomain(name: string): string {
  const labels = name.split(".");
  for (let i = labels.length - 2; i >= 0; i--) {
    const parent = labels.slice(i).join(".");
    if (!isPublicSuffix(parent)) return parent;
  }
  return name;
}

/**
 * A record's owner name within `zone` (normalised ASCII, no trailing dot). `@` or "" is the apex; names are
 * relative (`www`, `_minecraft._tcp`, `*.play`, `*`) or absolute. A name with a trailing dot is absolute and must
 * lie inside the zone. A name without one that equals or ends with `.zone` is also read as absolute, because
 * that is what people mean by `www.example.com`; any other undotted name is relative to the zone. (A relative
 * name that repeats the zone, `example.com.example.com`, has to be written in full.)
 */
export function normaliseRecordName(input: unknown, zone: string): { relative: string; absolute: string } {
  if (typeof input !== "string") throw dnsError("INVALID_INPUT", "name must be text.", "name");
  const text = input.trim().toLowerCase();
  if (text === "" || text === "@") return { relative: "@", absolute: zone };
  if (text === ".") throw dnsError("NAME_OUTSIDE_ZONE", `"." (the root) is outside the zone ${zone}.`, "name");
  const dotted = text.endsWith(".");
  const labels = asciiLabels(stripOneDot(text), { underscores: true, wildcard: true });
  if (typeof labels === "string") {
    throw dnsError("INVALID_INPUT", `"${input.trim()}" is not a valid record name: ${labels}.`, "name");
  }
  const name = labels.join(".");
  const inside = name === zone || name.endsWith(`.${zone}`);
  if (dotted && !inside) {
    throw dnsError("NAME_OUTSIDE_ZONE", `${name} is outside the zone ${zone}.`, "name");
  }
  const absolute = inside ? name : `${name}.${zone}`;
  if (absolute.length > MAX_NAME_LENGTH) {
    throw dnsError("INVALID_INPUT", `${absolute} is longer than ${MAX_NAME_LENGTH} characters.`, "name");
  }
  return { relative: absolute === zone ? "@" : absolute.slice(0, -zone.length - 1), absolute };
}

/**
 * A hostname in record content, absolute with a trailing dot, or a sentence saying what is wrong. Without an
 * origin (the API) every name is absolute, dot or not, and must have two labels at least: a bare `mail` is a
 * mistake, not the top-level domain. With an origin (a zone file) an undotted name is relative to it and `@`
 * is the origin. `allowRoot` admits "." (null MX, "no such service" SRV).
 */
export function absoluteHostname(
  text: string,
  options: { origin?: string; allowRoot?: boolean } = {},
): string | { problem: string } {
  const name = text.trim().toLowerCase();
  if (name === ".") return options.allowRoot ? "." : { problem: `"." (the root) cannot be used here` };
  if (name === "@") {
    return options.origin ? `${options.origin}.` : { problem: `"@" is zone-file shorthand; write the full name` };
  }
  const labels = asciiLabels(stripOneDot(name), { underscores: true, wildcard: false });
  if (typeof labels === "string") return { problem: `"${text.trim()}" is not a valid hostname: ${labels}` };
  if (options.origin && !name.endsWith(".")) labels.push(...options.origin.split("."));
  if (labels.length < 2) return { problem: `"${text.trim()}" is a single label; write the full name` };
  if (/^\d+$/.test(labels[labels.length - 1])) return { problem: `"${text.trim()}" is an address, not a hostname` };
  const absolute = labels.join(".");
  if (absolute.length > MAX_NAME_LENGTH) return { problem: `${absolute} is longer than ${MAX_NAME_LENGTH} characters` };
  return `${absolute}.`;
}
