/**
 * postgres.js 3.4.9 named each prepared statement by its parameter types and text, made afresh for every query;
 * patches/postgres+3.4.9.patch makes that name once per text and reuses it. A statement must still be prepared
 * once per connection for each text and each set of parameter types, and never be confused with another
 * (PostgreSQL only: PGlite does not go through postgres.js). The patch itself is checked in place on both builds.
 */
import { readFileSync } from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const url = process.env.DATABASE_URL;
let sql: postgres.Sql;

beforeAll(() => {
  if (url) sql = postgres(url, { max: 1, onnotice: () => {} });
});
afterAll(() => sql?.end({ timeout: 5 }));

/** This connection's prepared statements of this test (not the query that lists them). */
const prepared = async () =>
  (await sql`select statement from pg_prepared_statements order by statement`)
    .map((row) => row.statement as string)
    .filter((text) => text.includes("-- guildhall_signature_test"));

describe("postgres.js as installed", () => {
  it("carries the patch in both of its builds (ES module and CommonJS): one name made per statement text", () => {
    // The connection module beside the driver's ES entry point, and its CommonJS twin (the package's exports name neither).
    const esm = new URL("connection.js", import.meta.resolve("postgres"));
    const cjs = new URL("../cjs/src/connection.js", esm);
    for (const file of [esm, cjs]) {
      const source = readFileSync(file, "utf8");
      expect(source, file.pathname).toContain("q.signature = q.prepare && signatureOf(types, string)");
      expect(source, file.pathname).not.toContain("q.signature = q.prepare && types + string");
    }
  });
});

describe.skipIf(!url)("postgres.js's prepared statements (patched)", () => {
  it("prepares each text once per set of parameter types, and answers each with its own statement", async () => {
    const a = "select $1::text || ' a' as value -- guildhall_signature_test a";
    const b = "select $1::text || ' b' as value -- guildhall_signature_test b";
    for (let i = 0; i < 50; i++) {
      expect((await sql.unsafe(a, [`x${i}`], { prepare: true }))[0]!.value).toBe(`x${i} a`);
      expect((await sql.unsafe(b, [`y${i}`], { prepare: true }))[0]!.value).toBe(`y${i} b`);
      // The same text as a new string each time (not the object asked before): still the one statement.
      expect((await sql.unsafe(a.slice(0, 10) + a.slice(10), [`z${i}`], { prepare: true }))[0]!.value).toBe(`z${i} a`);
    }
    expect(await prepared()).toEqual([a, b]);
    // The same text with parameters of another type is another statement.
    const c = "select $1 as value -- guildhall_signature_test c";
    expect((await sql.unsafe(c, ["text"], { prepare: true }))[0]!.value).toBe("text");
    expect((await sql.unsafe(c, [Buffer.from("bytes")], { prepare: true }))[0]!.value).toEqual(Buffer.from("bytes"));
    expect((await sql.unsafe(c, ["again"], { prepare: true }))[0]!.value).toBe("again");
    expect((await prepared()).filter((text) => text === c)).toHaveLength(2);
  });
});
