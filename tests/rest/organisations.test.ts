import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles, unique } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("POST /api/organisations", () => {
  it("creates an organisation owned by the caller on the free tier", async () => {
    const ann = await createUser(t);
    const handle = unique("apex");
    const response = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: "  Apex Gaming ", handle } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ name: "Apex Gaming", handle, ownerId: ann.user.id, portalTier: "free", avatarUrl: null });
    expect(response.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof response.body.createdAt).toBe("string");

    const list = await t.rest("GET", "/api/organisations", { token: ann.token });
    expect(list.body).toEqual([expect.objectContaining({ id: response.body.id, orgRole: "owner", memberCount: 1 })]);
  });

  it("gives exactly one of two concurrent creates with the same handle, the other a 409", async () => {
    const [a, b] = [await createUser(t), await createUser(t)];
    const handle = unique("race");
    const responses = await Promise.all(
      [a, b].map((user) => t.rest("POST", "/api/organisations", { token: user.token, body: { name: "Race", handle } })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(responses.find((r) => r.status === 409)!.body).toEqual({ error: expect.any(String), code: "HANDLE_TAKEN" });
  });

  it.each([
    ["ab", "too short"],
    ["-abc", "leading hyphen"],
    ["abc-", "trailing hyphen"],
    ["a--b", "double hyphen"],
    ["Apex", "uppercase"],
    ["api", "reserved"],
    ["a".repeat(40), "too long"],
  ])("rejects the handle %j (%s) with 400 INVALID_INPUT", async (handle) => {
    const ann = await createUser(t);
    const response = await t.rest("POST", "/api/organisations", { token: ann.token, body: { name: "X", handle } });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe("INVALID_INPUT");
  });

  it("rejects anonymous callers with 401", async () => {
    const response = await t.rest("POST", "/api/organisations", { body: { name: "X", handle: unique("anon") } });
    expect(response).toMatchObject({ status: 401, body: { code: "UNAUTHENTICATED" } });
  });
});

describe("GET /api/organisations/:id", () => {
  it("shows members the organisation and tells outsiders it does not exist", async () => {
    const { organisation, member, outsider, platformAdmin } = await organisationWithRoles(t);
    const asMember = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: member.token });
    expect(asMember.body).toMatchObject({ id: organisation.id, orgRole: "member", memberCount: 3 });
    const asAdmin = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: platformAdmin.token });
    expect(asAdmin.body).toMatchObject({ id: organisation.id, orgRole: null });
    const asOutsider = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: outsider.token });
    const missing = await t.rest("GET", `/api/organisations/00000000-0000-7000-8000-000000000000`, { token: outsider.token });
    expect(asOutsider).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    expect(missing.body).toEqual(asOutsider.body);
  });
});

describe("checkHandle", () => {
  it("says whether a handle is taken", async () => {
    const ann = await createUser(t);
    const organisation = await createOrganisation(t, ann);
    const taken = await t.rest("GET", `/api/organisations?checkHandle=${organisation.handle}`, { token: ann.token });
    const free = await t.rest("GET", `/api/organisations?checkHandle=${unique("free")}`, { token: ann.token });
    expect(taken.body).toMatchObject({ taken: true, available: false });
    expect(free.body).toMatchObject({ taken: false, available: true });
  });
});
