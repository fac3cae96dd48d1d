import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function renameTimes(organisationId: string, token: string, times: number) {
  for (let i = 1; i <= times; i++) {
    const response = await t.rest("PUT", `/api/organisations/${organisationId}`, { token, body: { name: `Name ${i}` } });
    expect(response.status).toBe(200);
  }
}

describe("GET /api/organisations/:id/activity", () => {
  it("pages newest first with keyset cursors until nextCursor is null", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    await renameTimes(organisation.id, owner.token, 5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await t.rest("GET", `/api/organisations/${organisation.id}/activity${query}`, { token: owner.token });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((item: any) => (item.action === "organisation.renamed" ? item.metadata.to : item.action)));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["Name 5", "Name 4", "Name 3", "Name 2", "Name 1", "organisation.created"]);
  });

  it("filters by action and shows client addresses to managers only", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    await renameTimes(organisation.id, owner.token, 1);
    const asOwner = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=organisation.renamed`, { token: owner.token });
    expect(asOwner.body).toEqual({
      items: [
        {
          id: expect.any(String),
          action: "organisation.renamed",
          actorId: owner.user.id,
          targetType: "organisation",
          targetId: organisation.id,
          metadata: { from: "Test Org", to: "Name 1" },
          ip: "127.0.0.1",
          createdAt: expect.any(String),
        },
      ],
      nextCursor: null,
    });
    const asMember = await t.rest("GET", `/api/organisations/${organisation.id}/activity?action=organisation.renamed`, { token: member.token });
    expect(asMember.body.items[0].ip).toBeNull();
  });

  it.each([["0"], ["201"], ["abc"], ["1.5"]])("rejects limit=%s with 400", async (limit) => {
    const { organisation, owner } = await organisationWithRoles(t);
    const response = await t.rest("GET", `/api/organisations/${organisation.id}/activity?limit=${limit}`, { token: owner.token });
    expect(response).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
  });

  it("rejects a cursor it did not issue with 400, and hides the log from outsiders with 404", async () => {
    const { organisation, owner, outsider } = await organisationWithRoles(t);
    const bad = await t.rest("GET", `/api/organisations/${organisation.id}/activity?cursor=garbage`, { token: owner.token });
    expect(bad).toMatchObject({ status: 400, body: { code: "INVALID_INPUT" } });
    const hidden = await t.rest("GET", `/api/organisations/${organisation.id}/activity`, { token: outsider.token });
    expect(hidden).toMatchObject({ status: 404, body: { code: "NOT_FOUND" } });
  });
});
