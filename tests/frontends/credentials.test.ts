/**
 * A bearer token that signs no one in: `viewer` and every @authenticated field say UNAUTHENTICATED (so a
 * client knows to drop the token), while the other public fields serve the caller as anonymous, so a stale
 * token cannot stop a client signing in again. No header at all is simply anonymous.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, PASSWORD } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const BAD = "not-a-token-anyone-has";

describe("a bad bearer token", () => {
  it("is UNAUTHENTICATED on viewer, where no token at all is null", async () => {
    expect((await t.gql("{ viewer { email } }")).data).toEqual({ viewer: null });
    const rejected = await t.gql("{ viewer { email } }", {}, BAD);
    expect(rejected.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(rejected.errors?.[0]?.message).toMatch(/expired or revoked/);
  });

  it("is UNAUTHENTICATED, with the same message, on a field that needs a viewer", async () => {
    const rejected = await t.gql(`{ handleAvailable(handle: "free-handle") }`, {}, BAD);
    expect(rejected.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expired or revoked/) });
  });

  it("is anonymous on the other public fields: portalTiers, login and register still work", async () => {
    expect((await t.gql("{ portalTiers { tier } }", {}, BAD)).data.portalTiers.length).toBeGreaterThan(0);
    const ann = await createUser(t);
    const login = await t.gql(`mutation($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`, { input: { email: ann.email, password: PASSWORD } }, BAD);
    expect(login.data.login).toMatchObject({ token: expect.any(String), userErrors: [] });
  });

  it("is an error on viewer after a logout, for the token that was revoked", async () => {
    const ann = await createUser(t);
    await t.gql("mutation { logout { loggedOut } }", {}, ann.token);
    expect((await t.gql("{ viewer { email } }", {}, ann.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
