/**
 * Every REST route's request schemas compile, checked against JSON Schema's meta-schema: the server compiles a
 * route's validator at its first request, without that check (src/rest/validators.ts), so a mistake in a
 * schema is caught here rather than by the first caller of that route.
 */
import AjvCompiler from "@fastify/ajv-compiler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AJV_OPTIONS } from "../../src/rest/validators.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => (t = await startTestApp()));
afterAll(() => t.close());

/** The server's own ajv settings, with the meta-schema check it leaves to this test turned on. */
const compileChecked = AjvCompiler()({}, { customOptions: { ...AJV_OPTIONS, validateSchema: true } });
const PARTS = ["body", "querystring", "params", "headers"] as const;

describe("REST route schemas", () => {
  it("every part of every route's schema is valid JSON Schema and compiles", () => {
    const checked: string[] = [];
    for (const route of t.app.routes) {
      for (const part of PARTS) {
        const schema = route.schema?.[part];
        if (!schema) continue;
        expect(() => compileChecked({ schema: schema as object, method: route.method, url: route.url, httpPart: part }), `${route.method} ${route.url} ${part}`).not.toThrow();
        checked.push(`${route.method} ${route.url} ${part}`);
      }
    }
    // The REST shim declares its bodies and ids (src/rest/schemas.ts): a check of nothing would pass.
    expect(checked.length).toBeGreaterThan(30);
    expect(checked).toContain("POST /api/organisations body");
  });

  it("declares no header schemas: with a compiler of our own, fastify would not lower-case their names", () => {
    // fastify lower-cases a headers schema's property names for its default compiler only (lib/validation.js).
    expect(t.app.routes.filter((route) => route.schema?.headers).map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it("the check refuses a schema with a mistake in it", () => {
    expect(() => compileChecked({ schema: { type: "object", properties: { name: { type: "strnig" } } } })).toThrow(/schema is invalid/);
  });

  it("a route's validator, compiled at its first request, refuses and accepts as declared", async () => {
    const ann = await createUser(t);
    const wrong = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: 42, handle: "schema-check" } });
    expect(wrong).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    // The same route again (its validator now compiled): still refused, with the field named; then accepted.
    const again = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: ["x"], handle: "schema-check" } });
    expect(again).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    expect(again.body.error).toContain("name");
    const right = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: "Schema check", handle: "schema-check" } });
    expect(right.status).toBe(201);
  });
});
