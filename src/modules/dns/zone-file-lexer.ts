/**
 * RFC 1035 master-file syntax, below the meaning of any record: comments, quoting, escapes and parentheses
 * that join lines. Its output is one entry per record or directive, with the line the entry starts on.
 */
import { dnsError } from "./errors.ts";

/** One field of an entry. */
export interface ZoneFileToken {
  /** As written, escapes kept; a quoted token without its quotes. */
  text: string;
  quoted: boolean;
}

/** One record or directive, however many lines its parentheses span. */
export interface ZoneFileEntry {
  line: number;
  /** The entry's line starts with a space or tab: the owner is the previous entry's. */
  ownerOmitted: boolean;
  tokens: ZoneFileToken[];
}

const fail = (line: number, message: string) => dnsError("INVALID_ZONE_FILE", `line ${line}: ${message}`, "zoneFile");

const ENDS_UNQUOTED = /[\s;()"]/;

/** Splits a zone file into entries; throws INVALID_ZONE_FILE naming the line of a quote or parenthesis left open. */
export function lexZoneFile(text: string): ZoneFileEntry[] {
  const entries: ZoneFileEntry[] = [];
  let line = 1;
  let depth = 0;
  let openedOn = 0;
  let current: ZoneFileEntry | null = null;
  const source = text.startsWith("\ufeff") ? text.slice(1) : text;

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (current === null) current = { line, ownerOmitted: c === " " || c === "\t", tokens: [] };
    if (c === "\n") {
      if (depth === 0) {
        if (current.tokens.length > 0) entries.push(current);
        current = null;
      }
      line++;
    } else if (c === " " || c === "\t" || c === "\r") {
      continue;
    } else if (c === ";") {
      while (i + 1 < source.length && source[i + 1] !== "\n") i++;
    } else if (c === "(") {
      if (depth === 0) openedOn = line;
      depth++;
    } else if (c === ")") {
      if (depth === 0) throw fail(line, `")" without a "(" before it.`);
      depth--;
    } else if (c === '"') {
      let end = i + 1;
      while (end < source.length && source[end] !== '"') {
        if (source[end] === "\n" || (source[end] === "\\" && source[end + 1] === "\n")) {
          throw fail(line, "a quoted string is not closed on its line.");
        }
        end += source[end] === "\\" ? 2 : 1;
      }
      if (end >= source.length) throw fail(line, "a quoted string is not closed on its line.");
      current.tokens.push({ text: source.slice(i + 1, end), quoted: true });
      i = end;
    } else {
      let end = i;
      while (end < source.length && !ENDS_UNQUOTED.test(source[end])) {
        if (source[end] === "\\" && (source[end + 1] ?? "\n") === "\n") throw fail(line, "a line ends in a backslash.");
        end += source[end] === "\\" ? 2 : 1;
      }
      current.tokens.push({ text: source.slice(i, end), quoted: false });
      i = end - 1;
    }
  }
  if (depth > 0) throw fail(openedOn, `"(" is never closed.`);
  if (current && current.tokens.length > 0) entries.push(current);
  return entries;
}
