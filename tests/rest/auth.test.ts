import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, unique } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const register = (body: unknown) => t.rest("POST", "/api/auth/register", { body });
const login = (email: string, password: string) => t.rest("POST", "/api/auth/login", { body: { email, password } });

describe("register", () => {
  it("creates an account, trims and lower-cases the email, and returns a working token once", async () => {
    const local = unique("Mixed");
    const response = await register({ email: `  ${local}@Example.COM `, password: "long enough", firstName: " Ann " });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({ email: `${local.toLowerCase()}@example.com`, firstName: "Ann", platformRole: "user" });
    expect(response.body.user).not.toHaveProperty("passwordHash");
    const session = await t.rest("GET", "/api/auth/session", { token: response.body.token });
    expect(session.body.user.id).toBe(response.body.user.id);
  });

  it("refuses a second account for the same email in any case with 409 EMAIL_TAKEN", async () => {
    const email = `${unique("dup")}@example.com`;
    expect((await register({ email, password: "long enough" })).status).toBe(201);
    const again = await register({ email: email.toUpperCase(), password: "long enough" });
    expect(again).toMatchObject({ status: 409, body: { code: "EMAIL_TAKEN" } });
  });

  it("keeps one account when two registrations race", async () => {
    const email = `${unique("race")}@example.com`;
    const results = await Promise.all([register({ email, password: "long enough" }), register({ email, password: "long enough" })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it.each([
    [{ email: "not-an-email", password: "long enough" }, "email"],
    [{ email: "a@example.com", password: "short" }, "password"],
    [{ email: "a@example.com", password: 12345678 }, "wrong type"],
    [{ password: "long enough" }, "missing email"],
  ] as [Record<string, unknown>, string][])("rejects %j with 400 INVALID_INPUT (%s)", async (body) => {
    expect(await register(body)).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });
});

describe("login and logout", () => {
  it("logs in case-insensitively, and logout revokes exactly that token", async () => {
    const { email, password } = await createUser(t);
    const first = await login(email.toUpperCase(), password);
    const second = await login(email, password);
    expect(first.status).toBe(200);
    expect(first.body.token).not.toBe(second.body.token);
    expect((await t.rest("POST", "/api/auth/logout", { token: first.body.token })).status).toBe(204);
    expect((await t.rest("GET", "/api/auth/session", { token: first.body.token })).status).toBe(401);
    expect((await t.rest("GET", "/api/auth/session", { token: second.body.token })).status).toBe(200);
  });

  it("gives the same 401 for a wrong password and an unknown account", async () => {
    const { email } = await createUser(t);
    const wrongPassword = await login(email, "not the password");
    const unknown = await login(`${unique("nobody")}@example.com`, "not the password");
    expect(wrongPassword).toMatchObject({ status: 401, body: { code: "INVALID_CREDENTIALS" } });
    expect(unknown.body).toEqual(wrongPassword.body);
  });

  it("locks an account after 5 failed logins with 429 and Retry-After, even for the right password", async () => {
    const { email, password } = await createUser(t);
    for (let attempt = 0; attempt < 5; attempt++) expect((await login(email, "wrong password")).status).toBe(401);
    const locked = await login(email, password);
    expect(locked).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("does not count successful logins towards the lockout", async () => {
    const { email, password } = await createUser(t);
    for (let attempt = 0; attempt < 8; attempt++) expect((await login(email, password)).status).toBe(200);
  });

  it("answers 401 for a missing, unknown or revoked token", async () => {
    expect((await t.rest("GET", "/api/auth/session")).status).toBe(401);
    const bogus = await t.rest("GET", "/api/auth/session", { token: "not-a-real-token" });
    expect(bogus).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
    expect((await t.rest("POST", "/api/auth/logout")).status).toBe(401);
  });
});
