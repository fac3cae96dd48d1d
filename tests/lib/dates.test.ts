/** isoDateTime writes what Date.prototype.toISOString writes, for every date (src/lib/dates.ts). */
import { describe, expect, it } from "vitest";
import { isoDateTime } from "../../src/lib/dates.ts";

const both = (time: number) => {
  const date = new Date(time);
  const expected = Number.isNaN(time) || Math.abs(time) > 8.64e15 ? "RangeError" : date.toISOString();
  let written: string;
  try {
    written = isoDateTime(date);
  } catch (error) {
    written = (error as Error).name;
  }
  return { written, expected };
};

describe("isoDateTime", () => {
  it("writes the edges as toISOString does: the epoch, leap days, centuries, the first and last four-digit years", () => {
    const edges = [
      0,
      -1,
      1,
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      Date.UTC(2000, 1, 29, 12),
      Date.UTC(1900, 1, 28, 23, 59, 59, 999),
      Date.UTC(1900, 2, 1),
      Date.UTC(2100, 1, 28, 23, 59, 59, 999),
      Date.UTC(2024, 11, 31, 23, 59, 59, 999),
      Date.parse("0000-01-01T00:00:00.000Z"),
      Date.parse("0000-01-01T00:00:00.000Z") - 1,
      Date.parse("9999-12-31T23:59:59.999Z"),
      Date.parse("9999-12-31T23:59:59.999Z") + 1,
      8.64e15,
      -8.64e15,
    ];
    for (const time of edges) {
      const { written, expected } = both(time);
      expect(written, String(time)).toBe(expected);
    }
    expect(isoDateTime(new Date(Date.UTC(2026, 10, 28, 16)))).toBe("2026-11-28T16:00:00.000Z");
  });

  it("refuses an invalid date as toISOString does", () => {
    expect(() => isoDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("agrees with toISOString on every hour of thirty years and on dates spread over years 0 to 9999", () => {
    const disagreements: string[] = [];
    const compare = (time: number) => {
      const { written, expected } = both(time);
      if (written !== expected) disagreements.push(`${time}: ${written} ≠ ${expected}`);
    };
    // Steps one millisecond short of an hour, so minutes, seconds and milliseconds all vary.
    for (let time = Date.UTC(1999, 0, 1); time < Date.UTC(2030, 0, 1); time += 3_600_000 - 1) compare(time);
    const first = Date.parse("0000-01-01T00:00:00.000Z");
    const last = Date.parse("9999-12-31T23:59:59.999Z");
    for (let step = 0; step <= 200_000; step++) compare(Math.round(first + ((last - first) * step) / 200_000) + (step % 1000));
    expect(disagreements.slice(0, 5)).toEqual([]);
  });
});
