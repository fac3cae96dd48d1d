import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("answers queries sent with GET, and refuses mutations over GET", async () => {
  const query = encodeURIComponent("{ portalTiers { tier maxServers } }");
  const response = await fetch(`${t.url}/graphql?query=${query}`, { headers: { "apollo-require-preflight": "true" } });
  expect(response.status).toBe(200);
  expect(((await response.json()) as any).data.portalTiers[0]).toEqual({ tier: "FREE", maxServers: 2 });

  const mutation = encodeURIComponent('mutation { login(input: { email: "a@b.co", password: "whatever1" }) { token } }');
  const refused = await fetch(`${t.url}/graphql?query=${mutation}`, { headers: { "apollo-require-preflight": "true" } });
  expect(refused.status).toBe(405);
});

it("blocks a simple cross-site GET without a preflight header (CSRF protection)", async () => {
  const query = encodeURIComponent("{ portalTiers { tier } }");
  const response = await fetch(`${t.url}/graphql?query=${query}`);
  expect(response.status).toBe(400);
});

it("serves the playground to browsers at /graphql and /graphiql without any CDN", async () => {
  for (const path of ["/graphql", "/graphiql"]) {
    const response = await fetch(`${t.url}${path}`, { headers: { accept: "text/html,application/xhtml+xml" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("Guildhall GraphQL");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  }
});
