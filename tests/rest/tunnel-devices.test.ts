import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/lib/secrets.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe("organisation tunnel devices", () => {
  it("returns the enrollment secret once, stores only its hash, and never shows it again", async () => {
    const { organisation, admin, member } = await organisationWithRoles(t);
    const created = await t.rest("POST", `/api/organisations/${organisation.id}/tunnel-devices`, {
      token: admin.token,
      body: { name: " Office gateway " },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: "Office gateway",
      organisationId: organisation.id,
      createdById: admin.user.id,
      lastSeenAt: null,
      enrollmentSecret: expect.stringMatching(/^[A-Za-z0-9_-]{40,}$/),
    });
    const secret = created.body.enrollmentSecret;

    const stored = await t.app.deps.db.execute(sql`select enrollment_secret_hash from tunnel_devices where id = ${created.body.id}`);
    const row = ((stored as any).rows ?? stored)[0];
    expect(row.enrollment_secret_hash).toBe(hashToken(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const listed = await t.rest("GET", `/api/organisations/${organisation.id}/tunnel-devices`, { token: member.token });
    const renamed = await t.rest("PATCH", `/api/organisations/${organisation.id}/tunnel-devices/${created.body.id}`, {
      token: admin.token,
      body: { name: "Gateway" },
    });
    const gql = await t.gql(
      `query($id: ID!) { organisation(id: $id) { tunnelDevices { nodes { id name createdBy { id } lastSeenAt } } } }`,
      { id: organisation.id },
      member.token,
    );
    for (const text of [listed, renamed, gql].map((r) => JSON.stringify(r))) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(hashToken(secret));
      expect(text).not.toMatch(/enrollmentSecret|secretHash/i);
    }
    expect(listed.body).toEqual([expect.objectContaining({ id: created.body.id, name: "Office gateway" })]);
    expect(gql.data.organisation.tunnelDevices.nodes).toEqual([
      { id: created.body.id, name: "Gateway", createdBy: { id: admin.user.id }, lastSeenAt: null },
    ]);
  });

  it("gives the secret through GraphQL once too", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const created = await t.gql(
      `mutation($input: CreateTunnelDeviceInput!) { createTunnelDevice(input: $input) { tunnelDevice { id name organisation { id } } enrollmentSecret userErrors { code } } }`,
      { input: { name: "Rack", organisationId: organisation.id } },
      owner.token,
    );
    expect(created.data.createTunnelDevice).toMatchObject({
      tunnelDevice: { name: "Rack", organisation: { id: organisation.id } },
      enrollmentSecret: expect.any(String),
      userErrors: [],
    });
  });

  it("records creation, renaming and deletion in the activity log", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const base = `/api/organisations/${organisation.id}/tunnel-devices`;
    const device = (await t.rest("POST", base, { token: owner.token, body: { name: "One" } })).body;
    await t.rest("PATCH", `${base}/${device.id}`, { token: owner.token, body: { name: "Two" } });
    expect((await t.rest("DELETE", `${base}/${device.id}`, { token: owner.token })).status).toBe(204);
    const activity = await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: owner.token });
    expect(activity.body.items.slice(0, 3).map((e: any) => [e.action, e.targetId])).toEqual([
      ["tunnel_device.deleted", device.id],
      ["tunnel_device.renamed", device.id],
      ["tunnel_device.created", device.id],
    ]);
    expect((await t.rest("GET", base, { token: owner.token })).body).toEqual([]);
  });

  it("does not find a device through another organisation's path", async () => {
    const a = await organisationWithRoles(t);
    const b = await organisationWithRoles(t);
    const device = (await t.rest("POST", `/api/organisations/${a.organisation.id}/tunnel-devices`, { token: a.owner.token, body: { name: "A" } })).body;
    const response = await t.rest("DELETE", `/api/organisations/${b.organisation.id}/tunnel-devices/${device.id}`, { token: b.owner.token });
    expect(response).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
    // The owner of A, through B's path, is told the same.
    const wrongPath = await t.rest("PATCH", `/api/organisations/${b.organisation.id}/tunnel-devices/${device.id}`, {
      token: a.owner.token,
      body: { name: "x" },
    });
    expect(wrongPath.status).toBe(404);
  });

  it("rejects a blank name", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const response = await t.rest("POST", `/api/organisations/${organisation.id}/tunnel-devices`, { token: owner.token, body: { name: "" } });
    expect(response).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });
});

describe("personal tunnel devices and the default list", () => {
  it("lists personal devices plus the active organisation's", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const orgDevice = (await t.rest("POST", `/api/organisations/${organisation.id}/tunnel-devices`, { token: owner.token, body: { name: "Org" } })).body;
    const mine = await t.rest("POST", "/api/tunnel-devices", { token: member.token, body: { name: "Laptop" } });
    expect(mine).toMatchObject({ status: 201, body: { organisationId: null, ownerId: member.user.id, enrollmentSecret: expect.any(String) } });

    expect((await t.rest("GET", "/api/tunnel-devices", { token: member.token })).body.map((d: any) => d.id)).toEqual([mine.body.id]);
    await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: member.token });
    const both = await t.rest("GET", "/api/tunnel-devices", { token: member.token });
    expect(both.body.map((d: any) => d.id)).toEqual([orgDevice.id, mine.body.id]);
    const viewer = await t.gql(`{ viewer { tunnelDevices { nodes { id organisation { id } } } } }`, {}, member.token);
    expect(viewer.data.viewer.tunnelDevices.nodes).toEqual([
      { id: orgDevice.id, organisation: { id: organisation.id } },
      { id: mine.body.id, organisation: null },
    ]);
  });

  it("lets only the owner rename or delete a personal device", async () => {
    const ann = await createUser(t);
    const bob = await createUser(t);
    const device = (await t.rest("POST", "/api/tunnel-devices", { token: ann.token, body: { name: "Pi" } })).body;
    expect((await t.rest("PATCH", `/api/tunnel-devices/${device.id}`, { token: bob.token, body: { name: "x" } })).status).toBe(404);
    expect((await t.rest("DELETE", `/api/tunnel-devices/${device.id}`, { token: bob.token })).status).toBe(404);
    expect((await t.rest("PATCH", `/api/tunnel-devices/${device.id}`, { token: ann.token, body: { name: "Pi 5" } })).body).toMatchObject({ name: "Pi 5" });
    expect((await t.rest("DELETE", `/api/tunnel-devices/${device.id}`, { token: ann.token })).status).toBe(204);
  });
});
