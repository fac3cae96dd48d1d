import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisationMembers } from "../../src/modules/members/tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const session = async (token: string) => (await t.rest("GET", "/api/auth/session", { token })).body;

describe("the active organisation", () => {
  it("is selected by a member, shown by the session and the viewer, and cleared", async () => {
    const { organisation, member } = await organisationWithRoles(t);
    expect((await session(member.token)).activeOrganisation).toBeNull();

    const selected = await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: member.token });
    expect(selected).toMatchObject({ status: 200, body: { activeOrganisation: { id: organisation.id, handle: organisation.handle } } });
    expect((await session(member.token)).activeOrganisation).toMatchObject({ id: organisation.id });
    const viewer = await t.gql(`{ viewer { activeOrganisation { id } } }`, {}, member.token);
    expect(viewer.data.viewer.activeOrganisation).toEqual({ id: organisation.id });

    const cleared = await t.rest("POST", "/api/organisations/deselect", { token: member.token });
    expect(cleared.body).toEqual({ activeOrganisation: null });
    expect((await session(member.token)).activeOrganisation).toBeNull();
  });

  it("works through GraphQL, whose payload shows the new selection and its servers", async () => {
    const { organisation, admin } = await organisationWithRoles(t);
    const select = await t.gql(
      `mutation($id: ID!) { selectOrganisation(input: { id: $id }) { viewer { activeOrganisation { id } servers { nodes { id } } } organisation { id } userErrors { code } } }`,
      { id: organisation.id },
      admin.token,
    );
    expect(select.data.selectOrganisation).toEqual({
      viewer: { activeOrganisation: { id: organisation.id }, servers: { nodes: [] } },
      organisation: { id: organisation.id },
      userErrors: [],
    });
    const clear = await t.gql(`mutation { clearActiveOrganisation { viewer { activeOrganisation { id } } userErrors { code } } }`, {}, admin.token);
    expect(clear.data.clearActiveOrganisation).toEqual({ viewer: { activeOrganisation: null }, userErrors: [] });
  });

  it("is refused to non-members (NOT_FOUND) and to platform admins who are not members (FORBIDDEN)", async () => {
    const { organisation, outsider, platformAdmin } = await organisationWithRoles(t);
    expect(await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: outsider.token })).toMatchObject({
      status: 404,
      body: { code: "NOT_FOUND" },
    });
    expect(await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: platformAdmin.token })).toMatchObject({
      status: 403,
      body: { code: "FORBIDDEN" },
    });
    expect(await t.rest("POST", `/api/organisations/00000000-0000-7000-8000-000000000000/select`, { token: platformAdmin.token })).toMatchObject({
      status: 404,
    });
  });

  it("is cleared when the member leaves or is removed, and when the organisation is deleted", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: member.token });
    await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: owner.token });
    // However the membership goes (leave, removal), the database clears the selection with it.
    await t.app.deps.db
      .delete(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisation.id), eq(organisationMembers.userId, member.user.id)));
    expect((await session(member.token)).activeOrganisation).toBeNull();
    expect((await t.rest("GET", "/api/servers", { token: member.token })).body).toEqual([]);

    expect((await t.rest("DELETE", `/api/organisations/${organisation.id}`, { token: owner.token })).status).toBe(204);
    expect((await session(owner.token)).activeOrganisation).toBeNull();
  });

  it("is cleared through the member endpoints: leaving, and being removed", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    for (const user of [admin, member]) await t.rest("POST", `/api/organisations/${organisation.id}/select`, { token: user.token });
    expect((await t.rest("POST", `/api/organisations/${organisation.id}/leave`, { token: member.token })).status).toBeLessThan(300);
    expect((await session(member.token)).activeOrganisation).toBeNull();
    const removed = await t.rest("DELETE", `/api/organisations/${organisation.id}/users/${admin.user.id}`, { token: owner.token });
    expect(removed.status).toBeLessThan(300);
    expect((await session(admin.token)).activeOrganisation).toBeNull();
  });
});
