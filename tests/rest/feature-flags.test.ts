import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const enabledFeatures = async (organisationId: string, token: string) =>
  (await t.gql(`query($id: ID!) { organisation(id: $id) { enabledFeatures } }`, { id: organisationId }, token)).data.organisation
    .enabledFeatures;

describe("feature flags", () => {
  it("are platform admins' alone: others are refused, anonymous is unauthenticated", async () => {
    const { owner, platformAdmin } = await organisationWithRoles(t);
    expect(await t.rest("GET", "/api/admin/feature-flags")).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
    expect(await t.rest("GET", "/api/admin/feature-flags", { token: owner.token })).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
    const put = await t.rest("PUT", "/api/admin/feature-flags/dns", { token: owner.token, body: { enabled: false } });
    expect(put).toMatchObject({ status: 403, body: { code: "FORBIDDEN" } });
    const gql = await t.gql(`mutation { setFeatureFlag(input: { name: "dns", enabled: false }) { featureFlag { name } } }`, {}, owner.token);
    expect(gql.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const listed = await t.rest("GET", "/api/admin/feature-flags", { token: platformAdmin.token });
    expect(listed.status).toBe(200);
    expect(listed.body.find((flag: { name: string }) => flag.name === "dns")).toMatchObject({ name: "dns", stored: false });
  });

  it("default from FEATURES, and an organisation override wins over the global value, recorded in its activity", async () => {
    const { organisation, owner, platformAdmin } = await organisationWithRoles(t);
    expect(await enabledFeatures(organisation.id, owner.token)).toEqual(["dns"]);

    const off = await t.rest("PUT", "/api/admin/feature-flags/dns", {
      token: platformAdmin.token,
      body: { enabled: false, organisationId: organisation.id },
    });
    expect(off).toMatchObject({ status: 200, body: { name: "dns", overrides: [{ organisationId: organisation.id, enabled: false }] } });
    expect(await enabledFeatures(organisation.id, owner.token)).toEqual([]);

    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=feature_flag.changed`, { token: owner.token });
    expect(activity.body.items).toEqual([
      expect.objectContaining({ action: "feature_flag.changed", metadata: { name: "dns", before: null, after: false } }),
    ]);

    // Clearing the override lets the global value apply again.
    const cleared = await t.gql(
      `mutation($id: ID!) { setFeatureFlag(input: { name: "dns", enabled: null, organisationId: $id }) { featureFlag { overrides { enabled } } userErrors { code } } }`,
      { id: organisation.id },
      platformAdmin.token,
    );
    expect(cleared.data.setFeatureFlag).toEqual({ featureFlag: { overrides: [] }, userErrors: [] });
    expect(await enabledFeatures(organisation.id, owner.token)).toEqual(["dns"]);
  });

  it("switched off globally applies to every organisation without an override of its own", async () => {
    const platformAdmin = await createUser(t, { platformRole: "admin" });
    const owner = await createUser(t);
    const plain = await createOrganisation(t, owner);
    const exempt = await createOrganisation(t, owner);
    try {
      await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: true, organisationId: exempt.id } });
      const global = await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: false } });
      expect(global).toMatchObject({ status: 200, body: { name: "dns", enabled: false, stored: true } });
      expect(await enabledFeatures(plain.id, owner.token)).toEqual([]);
      expect(await enabledFeatures(exempt.id, owner.token)).toEqual(["dns"]);
    } finally {
      await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: true } });
    }
  });

  it("refuses unknown flags, a missing value and an unknown organisation", async () => {
    const platformAdmin = await createUser(t, { platformRole: "admin" });
    expect(await t.rest("PUT", "/api/admin/feature-flags/dsn", { token: platformAdmin.token, body: { enabled: true } })).toMatchObject({
      status: 400,
      body: { code: "INVALID_INPUT" },
    });
    expect(await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: null } })).toMatchObject({
      status: 400,
      body: { code: "INVALID_INPUT" },
    });
    expect(await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: "yes" } })).toMatchObject({
      status: 400,
    });
    const missing = await t.rest("PUT", "/api/admin/feature-flags/dns", {
      token: platformAdmin.token,
      body: { enabled: false, organisationId: "0190b3c4-0000-7000-8000-000000000000" },
    });
    expect(missing).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
  });
});

describe("the dns flag", () => {
  it("off globally: every DNS operation answers FEATURE_DISABLED after authentication, keeps the zones, and brings them back when on", async () => {
    const { organisation, owner, outsider, platformAdmin } = await organisationWithRoles(t);
    const zones = `/api/organisations/${organisation.id}/dns/zones`;
    const created = await t.rest("POST", zones, { token: owner.token, body: { name: `${organisation.handle}-flag.example` } });
    expect(created.status).toBe(201);
    try {
      await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: false } });
      expect(await t.rest("GET", zones, { token: owner.token })).toMatchObject({ status: 503, body: { code: "FEATURE_DISABLED" } });
      expect(await t.rest("POST", zones, { token: owner.token, body: { name: "another-flag.example" } })).toMatchObject({ status: 503 });
      expect(await t.rest("DELETE", `${zones}/${created.body.id}`, { token: owner.token })).toMatchObject({ status: 503 });
      expect(await t.rest("GET", `${zones}/${created.body.id}/records`, { token: owner.token })).toMatchObject({ status: 503 });
      // Strangers and anonymous callers still learn nothing.
      expect(await t.rest("GET", zones, { token: outsider.token })).toMatchObject({ status: 404 });
      expect(await t.rest("GET", zones)).toMatchObject({ status: 401 });
      const graphql = await t.gql(`query($id: ID!) { dnsZone(id: $id) { name } }`, { id: created.body.id }, owner.token);
      expect(graphql.errors?.[0]?.extensions?.code).toBe("FEATURE_DISABLED");
    } finally {
      await t.rest("PUT", "/api/admin/feature-flags/dns", { token: platformAdmin.token, body: { enabled: true } });
    }
    const back = await t.rest("GET", zones, { token: owner.token });
    expect(back.status).toBe(200);
    expect(back.body.items.map((zone: { id: string }) => zone.id)).toEqual([created.body.id]);
  });
});
