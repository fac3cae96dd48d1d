import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles, unique } from "../helpers/factories.ts";
import { FAST_MAIL } from "../helpers/smtp.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ...FAST_MAIL, INVITES_PER_DAY: "3", INVITE_RESEND_COOLDOWN_SECONDS: "60" });
});
afterAll(() => t.close());

const invite = (token: string, organisationId: string, email = `${unique("q")}@example.com`) =>
  t.rest("POST", `/api/organisations/${organisationId}/invite`, { token, body: { email } });

describe("invitation limits", () => {
  it("caps invitations per organisation per day with 429 RATE_LIMITED and when to retry, in REST and GraphQL", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    for (let i = 0; i < 3; i++) expect((await invite(i % 2 ? admin.token : owner.token, organisation.id)).status).toBe(201);
    // A refused invite does not use up the quota.
    expect((await invite(owner.token, organisation.id, owner.email)).status).toBe(409);

    const over = await invite(owner.token, organisation.id);
    expect(over).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    const retryAfter = Number(over.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(23 * 3600);
    expect(retryAfter).toBeLessThanOrEqual(24 * 3600);

    const graphql = await t.gql(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { invite { id } userErrors { code retryAfterSeconds } } }`,
      { input: { organisationId: organisation.id, email: `${unique("g")}@example.com` } },
      owner.token,
    );
    expect(graphql.data.inviteMember).toEqual({ invite: null, userErrors: [{ code: "RATE_LIMITED", retryAfterSeconds: expect.any(Number) }] });

    // Another organisation has its own quota.
    const other = await organisationWithRoles(t);
    expect((await invite(other.owner.token, other.organisation.id)).status).toBe(201);
  });

  it("makes a resend wait for the cooldown after the last mail", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const created = await invite(owner.token, organisation.id);
    const resend = await t.rest("POST", `/api/organisations/${organisation.id}/invite/${created.body.id}/resend`, { token: owner.token });
    expect(resend).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
    const retryAfter = Number(resend.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it("limits how often a user can ask for a new verification link", async () => {
    const user = await createUser(t);
    expect((await t.rest("POST", "/api/auth/verify-email/resend", { token: user.token })).status).toBe(202);
    const again = await t.rest("POST", "/api/auth/verify-email/resend", { token: user.token });
    expect(again).toMatchObject({ status: 429, body: { code: "RATE_LIMITED" } });
  });
});
