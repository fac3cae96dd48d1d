/**
 * Limits nobody can turn against users: behind a trusted proxy the client address is the real one, and a
 * locked account still lets its owner in from an address that has not failed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rateLimitBuckets } from "../../src/db/shared-tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ TRUST_PROXY: "1", REGISTRATIONS_PER_ADDRESS_PER_HOUR: "3" });
});
afterAll(() => t.close());

const login = (email: string, password: string, address: string) =>
  t.rest("POST", "/api/auth/login", { body: { email, password }, headers: { "x-forwarded-for": address } });

describe("login limits behind a proxy", () => {
  it("counts each client address on its own, so one address's failures do not block everyone's", async () => {
    const { email, password } = await createUser(t);
    for (let attempt = 0; attempt < 30; attempt++) {
      await login(`nobody-${attempt}@example.com`, "guessing", "203.0.113.7");
    }
    expect((await login("another@example.com", "guessing", "203.0.113.7")).status).toBe(429);
    expect((await login(email, password, "198.51.100.20")).status).toBe(200);
  });

  it("lets the owner in from a clean address after strangers lock the account, but not the strangers", async () => {
    const { email, password } = await createUser(t);
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(email, "wrong password", "203.0.113.50")).status).toBe(401);
    // The address that failed is refused even with the right password.
    expect((await login(email, password, "203.0.113.50")).status).toBe(429);
    // A fresh address gets one guess at the locked account; having failed, it is refused too.
    expect((await login(email, "another guess", "203.0.113.51")).status).toBe(401);
    expect((await login(email, "yet another", "203.0.113.51")).status).toBe(429);
    // The owner, from an address that has not failed, gets in.
    const owner = await login(email, password, "198.51.100.99");
    expect(owner.status).toBe(200);
    expect(owner.headers.get("cache-control")).toBe("no-store");
  });

  it("throttles registration per client address", async () => {
    const register = (n: number) =>
      t.rest("POST", "/api/auth/register", {
        body: { email: `reg-${n}-${Date.now()}@example.com`, password: "correct horse battery" },
        headers: { "x-forwarded-for": "192.0.2.77" },
      });
    for (let n = 0; n < 3; n++) expect((await register(n)).status).toBe(201);
    const refused = await register(3);
    expect(refused).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("keys buckets by normalised, bounded input: a long email makes a short key", async () => {
    await login(`${"x".repeat(5000)}@EXAMPLE.com`, "guess", "203.0.113.200");
    const keys = (await t.app.deps.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((row) => row.key);
    expect(Math.max(...keys.map((key) => key.length))).toBeLessThanOrEqual(100);
  });
});

describe("the rate-limit table", () => {
  it("loses buckets whose window has ended when swept", async () => {
    const { sweepRateLimits } = await import("../../src/lib/rate-limit.ts");
    const { sql } = await import("drizzle-orm");
    await t.app.deps.db.insert(rateLimitBuckets).values([
      { key: "test:expired", hits: 3, windowEndsAt: sql`now() - interval '1 minute'` as never },
      { key: "test:current", hits: 3, windowEndsAt: sql`now() + interval '1 minute'` as never },
    ]);
    await sweepRateLimits(t.app.deps.db);
    const keys = (await t.app.deps.db.select({ key: rateLimitBuckets.key }).from(rateLimitBuckets)).map((row) => row.key);
    expect(keys).toContain("test:current");
    expect(keys).not.toContain("test:expired");
  });
});
