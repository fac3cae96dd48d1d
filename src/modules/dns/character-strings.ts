/**
 * RFC 1035 character-strings in presentation form: the quoted, escaped text that TXT and CAA content is written
 * in. Kept as bytes because DNS limits and escapes bytes, not characters.
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

/** The largest character-string DNS can carry (one length byte). */
export const MAX_STRING_BYTES = 255;

/** The text's UTF-8 bytes. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** The bytes as UTF-8 text, or null if they are not UTF-8. */
export function strictText(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes as text, with U+FFFD for anything that is not UTF-8 (for display only). */
export const lenientText = (bytes: Uint8Array): string => lenientDecoder.decode(bytes);

/** The parts' bytes one after another, as a resolver joins a TXT record's strings. */
export function concatBytes(parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

/**
 * Decodes the inside of one quoted string (escapes as RFC 1035 writes them: `\DDD` a decimal byte, `\X` the
 * character X). Returns null for a dangling backslash, a `\DDD` above 255 or an unescaped quote.
 */
export function unescapeString(inner: string): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let plain = "";
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"') return null;
    if (c !== "\\") {
      plain += c;
      continue;
    }
    const digits = /^\d{3}/.exec(inner.slice(i + 1, i + 4));
    if (digits) {
      const value = Number(digits[0]);
      if (value > 255) return null;
      parts.push(utf8(plain), Uint8Array.of(value));
      plain = "";
      i += 3;
    } else {
      const next = inner.codePointAt(i + 1);
      if (next === undefined) return null;
      plain += String.fromCodePoint(next);
      i += next > 0xffff ? 2 : 1;
    }
  }
  parts.push(utf8(plain));
  return concatBytes(parts);
}

/**
 * Parses text made only of quoted strings separated by whitespace (`"v=DKIM1; k=rsa" "p=MIGf..."`) into their
 * bytes, or null if the text is anything else, so callers can fall back to reading it as plain text.
 */
export function parseQuotedStrings(text: string): Uint8Array[] | null {
  const strings: Uint8Array[] = [];
  const pattern = /\s*"((?:[^"\\]|\\[\s\S])*)"/y;
  let index = 0;
  const trimmed = text.trim();
  while (index < trimmed.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(trimmed);
    if (!match) return null;
    const bytes = unescapeString(match[1]);
    if (!bytes) return null;
    strings.push(bytes);
    index = pattern.lastIndex;
    // Strings must be separated: `"a""b"` is not two strings in BIND's reading either.
    if (index < trimmed.length && !/\s/.test(trimmed[index])) return null;
  }
  return strings.length > 0 ? strings : null;
}

/** One quoted string as a zone file writes it: printable ASCII as is, `"` and `\` escaped, other bytes `\DDD`. */
export function quoteBytes(bytes: Uint8Array): string {
  let out = '"';
  for (const byte of bytes) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\${byte.toString().padStart(3, "0")}`;
  }
  return `${out}"`;
}

/**
 * Splits bytes into character-strings of at most 255 bytes, cutting between UTF-8 characters where it can so
 * each string stays readable on its own. An empty input stays one empty string.
 */
export function splitBytes(bytes: Uint8Array, size = MAX_STRING_BYTES): Uint8Array[] {
  if (bytes.length <= size) return [bytes];
  const chunks: Uint8Array[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = Math.min(start + size, bytes.length);
    // Back off over continuation bytes (10xxxxxx) so a multi-byte character is not cut in two.
    let cut = end;
    while (cut < bytes.length && cut > start && (bytes[cut] & 0xc0) === 0x80) cut--;
    if (cut > start) end = cut;
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}
