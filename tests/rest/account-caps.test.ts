/** Caps that keep one account from growing tables without bound, held under concurrent requests. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, unique } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ ORGANISATIONS_PER_USER: "3", TUNNEL_DEVICES_PER_OWNER: "2" });
});
afterAll(() => t.close());

describe("account caps", () => {
  it("lets a user own ORGANISATIONS_PER_USER organisations, however many creates arrive at once", async () => {
    const owner = await createUser(t);
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () => t.rest("POST", "/api/organisations", { token: owner.token, body: { name: "Org", handle: unique("cap") } })),
    );
    const statuses = attempts.map((attempt) => attempt.status).sort();
    expect(statuses).toEqual([201, 201, 201, 403, 403, 403, 403, 403]);
    expect(attempts.find((attempt) => attempt.status === 403)!.body.code).toBe("ORGANISATION_LIMIT_REACHED");
    const graphql = await t.gql(
      `mutation($handle: String!) { createOrganisation(input: { name: "Org", handle: $handle }) { organisation { id } userErrors { code } } }`,
      { handle: unique("cap") },
      owner.token,
    );
    expect(graphql.data.createOrganisation).toEqual({ organisation: null, userErrors: [{ code: "ORGANISATION_LIMIT_REACHED" }] });
  });

  it("caps tunnel devices per organisation and per user, however many creates arrive at once", async () => {
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const create = (path: string) => t.rest("POST", path, { token: owner.token, body: { name: "Device" } });
    for (const path of [`/api/organisations/${organisation.id}/tunnel-devices`, "/api/tunnel-devices"]) {
      const statuses = (await Promise.all(Array.from({ length: 6 }, () => create(path)))).map((attempt) => attempt.status).sort();
      expect({ path, statuses }).toEqual({ path, statuses: [201, 201, 403, 403, 403, 403] });
      expect((await create(path)).body.code).toBe("TUNNEL_DEVICE_LIMIT_REACHED");
    }
  });
});
