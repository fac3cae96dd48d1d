/**
 * Strings PostgreSQL cannot store: text and jsonb refuse a NUL character, and a lone UTF-16 surrogate
 * cannot be encoded as UTF-8. Every string a client sends is checked once at the edge (REST bodies and
 * query strings, GraphQL documents and variables), so bad input is a 400 naming the field, never a 500.
 */

const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the string as text. */
export const isStorableText = (value: string): boolean => !UNSTORABLE.test(value);

/** The path (`input.name`, `tags.2`) of the first string in `value` PostgreSQL cannot store, or null. */
export function findUnstorableText(value: unknown, path = ""): string | null {
  if (typeof value === "string") return isStorableText(value) ? null : path || "(value)";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnstorableText(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (isPlainRecord(value)) {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (!isStorableText(key)) return keyPath;
      const found = findUnstorableText(item, keyPath);
      if (found) return found;
    }
  }
  return null;
}

export const unstorableTextMessage = (field: string) =>
  `${field} contains a character that cannot be stored (a NUL or an unpaired UTF-16 surrogate).`;

/**
 * Parsed JSON, and query strings (whose objects have no Object.prototype: null, or an empty object with a
 * null prototype), but never a stream or an upload, which are read elsewhere with their own limits.
 */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}
