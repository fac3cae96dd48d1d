/** IP addresses in the one form we store, so equal addresses compare equal (duplicates, diffs, exports). */
import { isIPv4, isIPv6 } from "node:net";

/** A dotted IPv4 address, or null. node's isIPv4 already refuses leading zeros (`01.2.3.4` is octal to some). */
export function canonicalIPv4(text: string): string | null {
  return isIPv4(text) ? text : null;
}

/**
 * An IPv6 address in RFC 5952 form (lower case, no leading zeros, the longest run of two or more zero groups
 * as `::`, the first if tied, IPv4-mapped addresses as `::ffff:1.2.3.4`), or null. Zone indexes (`%eth0`) mean
 * nothing in DNS and are refused.
 */
export function canonicalIPv6(text: string): string | null {
  if (!isIPv6(text) || text.includes("%")) return null;
  let hex = text.toLowerCase();
  const lastColon = hex.lastIndexOf(":");
  const tail = hex.slice(lastColon + 1);
  if (tail.includes(".")) {
    const octets = tail.split(".").map(Number);
    const high = ((octets[0] << 8) | octets[1]).toString(16);
    const low = ((octets[2] << 8) | octets[3]).toString(16);
    hex = `${hex.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const [left, right] = hex.split("::");
  const head = left ? left.split(":") : [];
  const rest = right === undefined ? [] : right ? right.split(":") : [];
  const zeros = right === undefined ? [] : Array<string>(8 - head.length - rest.length).fill("0");
  const groups = [...head, ...zeros, ...rest].map((group) => parseInt(group, 16));

  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && groups[end] === 0) end++;
    if (end - i > bestLength) [bestStart, bestLength] = [i, end - i];
    i = end;
  }
  const written = groups.map((g) => g.toString(16));
  if (bestStart < 0) return written.join(":");
  return `${written.slice(0, bestStart).join(":")}::${written.slice(bestStart + bestLength).join(":")}`;
}
