// Its own file (and so its own database): it exhausts the per-address login budget for 127.0.0.1.
import { afterAll, beforeAll, expect, it } from "vitest";
import { LOGIN_LIMITS } from "../../src/modules/users/service.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { unique } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("throttles failed logins per client address across different accounts", async () => {
  const { limit } = LOGIN_LIMITS.perAddress;
  const attempts = await Promise.all(
    Array.from({ length: limit + 5 }, () =>
      t.rest("POST", "/api/auth/login", { body: { email: `${unique("spray")}@example.com`, password: "guessing" } }),
    ),
  );
  const statuses = attempts.map((a) => a.status);
  // The counter is one atomic upsert, so concurrent attempts cannot slip past it.
  expect(statuses.filter((s) => s === 401)).toHaveLength(limit);
  expect(statuses.filter((s) => s === 429)).toHaveLength(5);
});
