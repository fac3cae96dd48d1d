/** The README's playground example works as written on a fresh install: register, log in, create, query. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "./helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("runs the playground section's operations in order on a fresh database", async () => {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## The playground"));
  const block = /```graphql\n([\s\S]*?)```/.exec(section)![1]!;
  // One operation per paragraph or per `mutation {` line.
  const operations = block.split(/\n(?=mutation |query )/).map((text) => text.trim()).filter(Boolean);
  expect(operations.length).toBeGreaterThanOrEqual(4);
  let token: string | undefined;
  for (const operation of operations) {
    const response = await t.gql(operation, {}, token);
    expect({ operation: operation.slice(0, 40), errors: response.errors }).toEqual({ operation: operation.slice(0, 40), errors: undefined });
    for (const payload of Object.values(response.data ?? {})) {
      const result = payload as { token?: string; userErrors?: unknown[] } | null;
      if (result?.userErrors) expect(result.userErrors).toEqual([]);
      if (result?.token) token = result.token;
    }
  }
  const viewer = await t.gql(`{ viewer { organisations { handle } } }`, {}, token);
  expect(viewer.data.viewer.organisations).toEqual([{ handle: "apex-gaming" }]);
});
