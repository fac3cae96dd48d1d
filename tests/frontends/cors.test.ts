/**
 * Cross-origin access: exactly the origins in CORS_ORIGINS get CORS headers on /graphql and /api (their
 * preflights answered with Guildhall's methods, headers and a cache lifetime); every other origin gets none.
 * Apollo's CSRF protection still refuses what a page could send without a preflight.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser } from "../helpers/factories.ts";

const ALLOWED = "http://app.example.test:5173";
const OTHER = "http://evil.example.test";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ CORS_ORIGINS: `${ALLOWED}, https://admin.example.test` });
});
afterAll(() => t.close());

const preflight = (path: string, origin: string, requestHeaders = "authorization,content-type") =>
  fetch(`${t.url}${path}`, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders },
  });

describe("CORS_ORIGINS", () => {
  it("is a list of exact origins; anything else stops the process with a message naming it", () => {
    expect(loadConfig({ CORS_ORIGINS: `${ALLOWED},https://b.example` }).corsOrigins).toEqual(new Set([ALLOWED, "https://b.example"]));
    expect(loadConfig({}).corsOrigins.size).toBe(0);
    for (const bad of ["*", "app.example.com", "https://app.example.com/", "https://app.example.com/path", "ftp://x.example"]) {
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ CORS_ORIGINS: bad })).toThrow(/CORS_ORIGINS:/);
    }
  });
});

describe("preflights", () => {
  it.each(["/graphql", "/api/organisations", "/api/organisations/0190b6a0-0000-7000-8000-000000000000/users/x"])(
    "from an allowed origin on %s: 204 with the methods, headers and a cache lifetime",
    async (path) => {
      const response = await preflight(path, ALLOWED, "authorization,content-type,apollo-require-preflight,x-apollo-operation-name");
      expect(response.status).toBe(204);
      expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
      expect(response.headers.get("access-control-allow-methods")).toContain("POST");
      expect(response.headers.get("access-control-allow-methods")).toContain("DELETE");
      const allowed = response.headers.get("access-control-allow-headers")!.split(/,\s*/);
      expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "apollo-require-preflight", "x-apollo-operation-name"]));
      expect(Number(response.headers.get("access-control-max-age"))).toBeGreaterThan(0);
      expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    },
  );

  it("from any other origin: no CORS headers at all", async () => {
    for (const path of ["/graphql", "/api/organisations"]) {
      const response = await preflight(path, OTHER);
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
      expect(response.headers.get("access-control-allow-methods")).toBeNull();
    }
  });
});

describe("requests", () => {
  it("from an allowed origin carry the origin back, and vary by it", async () => {
    const ann = await createUser(t);
    const graphql = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { origin: ALLOWED, "content-type": "application/json", authorization: `Bearer ${ann.token}` },
      body: JSON.stringify({ query: "{ viewer { email } }" }),
    });
    expect(graphql.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(graphql.headers.get("vary")).toMatch(/origin/i);
    expect(((await graphql.json()) as any).data.viewer.email).toBe(ann.email);
    const rest = await fetch(`${t.url}/api/auth/session`, { headers: { origin: ALLOWED, authorization: `Bearer ${ann.token}` } });
    expect(rest.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(rest.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("from another origin get no CORS headers (the browser withholds the answer)", async () => {
    const response = await fetch(`${t.url}/api/portal-tiers`, { headers: { origin: OTHER } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("still meet Apollo's CSRF protection: a request a page can send without a preflight is refused", async () => {
    const response = await fetch(`${t.url}/graphql?query=${encodeURIComponent("{ portalTiers { tier } }")}`, { headers: { origin: ALLOWED } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});

describe("without CORS_ORIGINS", () => {
  it("answers no origin's preflight: same-origin only", async () => {
    const plain = await startTestApp();
    try {
      const response = await fetch(`${plain.url}/graphql`, {
        method: "OPTIONS",
        headers: { origin: ALLOWED, "access-control-request-method": "POST" },
      });
      expect(response.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await plain.close();
    }
  });
});
