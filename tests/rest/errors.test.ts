import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, type TestUser } from "../helpers/factories.ts";

let t: TestApp;
let ann: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  ann = await createUser(t);
});
afterAll(() => t.close());

describe("bad requests get a clear 4xx in one shape, never a 500", () => {
  it("malformed JSON is 400 INVALID_JSON", async () => {
    const response = await t.rest("POST", "/api/organisations", { token: ann.token, body: '{"name": "x",' });
    expect(response).toMatchObject({ status: 400, body: { code: "INVALID_JSON", error: expect.any(String) } });
  });

  it("a wrong type is 400 INVALID_INPUT naming the field", async () => {
    const response = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: ["x"], handle: "valid-handle" } });
    expect(response).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    expect(response.body.error).toContain("name");
  });

  it("a body over 1 MiB is 413", async () => {
    const response = await t.rest("POST", "/api/organisations", {
      token: ann.token,
      body: JSON.stringify({ name: "x".repeat(1_100_000), handle: "big-one" }),
    });
    expect(response).toMatchObject({ status: 413, body: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("a body that is not JSON is 415", async () => {
    const response = await t.rest("POST", "/api/organisations", {
      token: ann.token,
      body: "name=x&handle=y",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response).toMatchObject({ status: 415, body: { code: "UNSUPPORTED_MEDIA_TYPE" } });
  });

  it("an unknown route is 404 in the same shape", async () => {
    const response = await t.rest("GET", "/api/nothing-here", { token: ann.token });
    expect(response).toMatchObject({ status: 404, body: { code: "NOT_FOUND", error: expect.any(String) } });
  });

  it("an id that is not a UUID is 404, not a database error", async () => {
    for (const path of ["/api/organisations/1", "/api/organisations/%27%3B--", "/api/organisations/1/activity", "/api/organisations/1/users"]) {
      expect((await t.rest("GET", path, { token: ann.token })).status).toBe(404);
    }
    expect((await t.rest("DELETE", "/api/organisations/zzz", { token: ann.token })).status).toBe(404);
  });

  it("an unknown portal tier is 400", async () => {
    const created = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: "T", handle: "tier-test" } });
    const admin = await createUser(t, { platformRole: "admin" });
    const response = await t.rest("PUT", `/api/organisations/${created.body.id}`, { token: admin.token, body: { portalTier: "gold" } });
    expect(response).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });

  it("a GraphQL syntax error or unknown field is a GraphQL error with a client code", async () => {
    expect((await t.gql("{ viewer { ")).errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect((await t.gql("{ nope }")).errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("every response carries a request id", async () => {
    const response = await t.rest("GET", "/api/organisations", { token: ann.token });
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
