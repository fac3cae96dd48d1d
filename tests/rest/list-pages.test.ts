/**
 * The REST lists scripts read as arrays are pages too: a script that sends nothing gets the documented
 * array (up to 100) and learns there is more from `Link: <…>; rel="next"`; `limit` and `cursor` walk it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RestResponse, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";

let t: TestApp;
let owner: TestUser;
let organisationId: string;
beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t);
  organisationId = (await createOrganisation(t, owner)).id;
  for (let i = 0; i < 4; i++) await addMember(t, organisationId, await createUser(t));
  for (let i = 0; i < 4; i++) await createOrganisation(t, owner);
  for (let i = 0; i < 5; i++) await t.rest("POST", `/api/organisations/${organisationId}/tunnel-devices`, { token: owner.token, body: { name: `d${i}` } });
  for (let i = 0; i < 3; i++) await t.rest("POST", "/api/tunnel-devices", { token: owner.token, body: { name: `p${i}` } });
});
afterAll(() => t.close());

/** Follows `Link: rel="next"` from `first`, returning every page's ids. */
async function walk(first: string): Promise<string[][]> {
  const pages: string[][] = [];
  for (let path: string | null = first; path; ) {
    const response: RestResponse = await t.rest("GET", path, { token: owner.token });
    expect(response.status).toBe(200);
    expect(Array.isArray(response.body)).toBe(true);
    pages.push(response.body.map((item: { id?: string; userId?: string }) => item.id ?? item.userId));
    const link: string | null = response.headers.get("link");
    path = link ? /^<([^>]+)>; rel="next"$/.exec(link)![1]! : null;
    if (link) expect(response.headers.get("x-next-cursor")).toBe(new URL(path!, t.url).searchParams.get("cursor"));
  }
  return pages;
}

describe("paged REST lists", () => {
  it.each([
    ["/api/organisations/:id/users", 5],
    ["/api/organisations", 5],
    ["/api/organisations/:id/tunnel-devices", 5],
    ["/api/tunnel-devices", 3],
  ])("%s: the whole list without parameters, and the same items two at a time", async (route, total) => {
    const path = route.replace(":id", organisationId);
    const whole = await walk(path);
    expect(whole).toHaveLength(1);
    expect(whole[0]).toHaveLength(total);
    const paged = await walk(`${path}?limit=2`);
    expect(paged.map((page) => page.length)).toEqual(Array.from({ length: Math.ceil(total / 2) }, (_, i) => Math.min(2, total - 2 * i)));
    expect(paged.flat()).toEqual(whole[0]);
  });

  it("refuses a bad limit or cursor with 400", async () => {
    expect((await t.rest("GET", "/api/organisations?limit=0", { token: owner.token })).status).toBe(400);
    expect((await t.rest("GET", "/api/organisations?limit=101", { token: owner.token })).status).toBe(400);
    expect((await t.rest("GET", `/api/organisations/${organisationId}/users?cursor=nope`, { token: owner.token })).status).toBe(400);
  });

  it("pages nodes as well", async () => {
    const admin = await createUser(t, { platformRole: "admin" });
    for (let i = 0; i < 3; i++) {
      await t.rest("POST", "/api/nodes", { token: admin.token, body: { name: `n${i}`, fqdn: `n${i}-${Date.now()}.example.com`, location: "Here", capacity: 5 } });
    }
    const first = await t.rest("GET", "/api/nodes?limit=2", { token: admin.token });
    expect(first.body).toHaveLength(2);
    const next = /^<([^>]+)>/.exec(first.headers.get("link")!)![1]!;
    const rest = await t.rest("GET", next, { token: admin.token });
    expect(rest.body.length).toBeGreaterThanOrEqual(1);
    expect(rest.body.map((node: { id: string }) => node.id)).not.toContain(first.body[0].id);
  });
});
