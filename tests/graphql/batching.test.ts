/**
 * Lists cost a fixed number of SQL statements: a viewer in 20 organisations costs what a viewer in 2
 * costs, because every relation goes through a per-request DataLoader. Counted with the database's own
 * statement counter around one request at a time (no timings).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";
import { PAGE_QUERY } from "../../bench/page.ts";
import { users } from "../../src/modules/users/tables.ts";

let t: TestApp;
/** A viewer in few organisations, and one in many; the story is otherwise the same. */
let few: { viewer: TestUser; organisations: number };
let many: { viewer: TestUser; organisations: number };

beforeAll(async () => {
  // The mail worker polls the outbox in the background; keep its statements out of the counts.
  t = await startTestApp({ MAIL_POLL_MS: "60000" });
  // A small cast that fills the organisations: each has an owner, the viewer, and a few members.
  const cast = await Promise.all(Array.from({ length: 6 }, () => createUser(t)));
  few = { viewer: await createUser(t), organisations: 2 };
  many = { viewer: await createUser(t), organisations: 20 };
  for (const story of [few, many]) {
    for (let i = 0; i < story.organisations; i++) {
      // Some the viewer owns, some they joined: owners differ from organisation to organisation.
      const owner = i % 2 === 0 ? story.viewer : cast[i % cast.length]!;
      const organisation = await createOrganisation(t, owner, { name: `Guild ${i}` });
      if (owner !== story.viewer) await addMember(t, organisation.id, story.viewer, i % 4 === 1 ? "admin" : "member");
      for (let m = 1; m <= 3; m++) {
        const member = cast[(i + m) % cast.length]!;
        if (member !== owner) await addMember(t, organisation.id, member, m === 1 ? "admin" : "member");
      }
      // Some activity by different people: the creation, plus renames by the owner.
      for (let r = 0; r < 2; r++) {
        const renamed = await t.rest("PUT", `/api/organisations/${organisation.id}`, {
          token: owner.token,
          body: { name: `Guild ${i} (${r})` },
        });
        expect(renamed.status).toBe(200);
      }
    }
  }
});
afterAll(() => t.close());

/**
 * The statements one request sent, and its answer. The request is made twice and the smaller count kept,
 * so a background statement that happens to land during one of them (the mail worker's poll) cannot
 * tip the comparison.
 */
async function counted<T>(request: () => Promise<T>): Promise<{ statements: number; result: T }> {
  let best: { statements: number; result: T } | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = t.statements();
    const result = await request();
    const statements = t.statements() - before;
    if (!best || statements < best.statements) best = { statements, result };
  }
  return best!;
}

describe("statement counts do not grow with the number of organisations", () => {
  it("viewer { organisations { owner members { user } } }", async () => {
    const query = `{
      viewer { organisations { owner { email } members(first: 50) { nodes { user { email } } } } }
    }`;
    const [small, large] = [
      await counted(() => t.gql(query, {}, few.viewer.token)),
      await counted(() => t.gql(query, {}, many.viewer.token)),
    ];
    for (const [{ result }, story] of [[small, few], [large, many]] as const) {
      expect(result.errors).toBeUndefined();
      const organisations = result.data.viewer.organisations;
      expect(organisations).toHaveLength(story.organisations);
      for (const organisation of organisations) {
        expect(organisation.owner.email).toMatch(/@example\.com$/);
        expect(organisation.members.nodes.length).toBeGreaterThanOrEqual(3);
        expect(organisation.members.nodes.map((node: any) => node.user.email)).toContain(story.viewer.email);
      }
    }
    expect(large.statements, `statements for ${many.organisations} organisations vs ${few.organisations}`).toBe(small.statements);
  });

  it("viewer { organisations { activity { actor } } }", async () => {
    const query = `{
      viewer { organisations { memberCount viewerRole activity(first: 5) { totalCount nodes { action ip actor { email } } } } }
    }`;
    const [small, large] = [
      await counted(() => t.gql(query, {}, few.viewer.token)),
      await counted(() => t.gql(query, {}, many.viewer.token)),
    ];
    for (const [{ result }, story] of [[small, few], [large, many]] as const) {
      expect(result.errors).toBeUndefined();
      const organisations = result.data.viewer.organisations;
      expect(organisations).toHaveLength(story.organisations);
      for (const organisation of organisations) {
        expect(organisation.activity.totalCount).toBe(3);
        expect(organisation.activity.nodes.map((node: any) => node.action)).toEqual([
          "organisation.renamed",
          "organisation.renamed",
          "organisation.created",
        ]);
        expect(organisation.activity.nodes.every((node: any) => node.actor?.email)).toBe(true);
        // Addresses by the viewer's role in each organisation (decided per row from the membership read once).
        const seesAddresses = organisation.viewerRole === "OWNER" || organisation.viewerRole === "ADMIN";
        expect(organisation.activity.nodes.map((node: any) => node.ip !== null)).toEqual(organisation.activity.nodes.map(() => seesAddresses));
      }
      if (story === many) expect(new Set(organisations.map((organisation: any) => organisation.viewerRole))).toEqual(new Set(["OWNER", "ADMIN", "MEMBER"]));
    }
    expect(large.statements, `statements for ${many.organisations} organisations vs ${few.organisations}`).toBe(small.statements);
  });

  // Lists read their users without createdAt (ListedUser); asked for, it is read for the whole list in one statement.
  // One list a query: two lists whose pages arrive in different ticks may read theirs in two statements.
  for (const [name, query] of [
    ["viewer { organisations { members { user { createdAt } } } }", "{ viewer { organisations { members(first: 50) { nodes { user { id createdAt } } } } } }"],
    ["viewer { organisations { activity { actor { createdAt } } } }", "{ viewer { organisations { activity(first: 5) { nodes { actor { id createdAt } } } } } }"],
  ] as const) {
    it(`${name}: read for every list at once`, async () => {
      const [small, large] = [
        await counted(() => t.gql(query, {}, few.viewer.token)),
        await counted(() => t.gql(query, {}, many.viewer.token)),
      ];
      const createdAt = new Map<string, string>();
      for (const [{ result }, story] of [[small, few], [large, many]] as const) {
        expect(result.errors).toBeUndefined();
        const organisations = result.data.viewer.organisations;
        expect(organisations).toHaveLength(story.organisations);
        for (const organisation of organisations) {
          for (const { user } of organisation.members?.nodes ?? []) createdAt.set(user.id, user.createdAt);
          for (const { actor } of organisation.activity?.nodes ?? []) createdAt.set(actor.id, actor.createdAt);
        }
      }
      const accounts = await t.app.deps.db.select({ id: users.id, createdAt: users.createdAt }).from(users);
      const expected = new Map(accounts.map((user) => [user.id, user.createdAt.toISOString()]));
      expect(createdAt.size).toBeGreaterThan(2);
      for (const [id, value] of createdAt) expect(value, id).toBe(expected.get(id));
      expect(large.statements, `statements for ${many.organisations} organisations vs ${few.organisations}`).toBe(small.statements);
    });
  }

  it("createdAt asked on both lists costs at most a statement a list more than the lists without it", async () => {
    const lists = (user: string) => `{ viewer { organisations { members(first: 50) { nodes { user { ${user} } } } activity(first: 5) { nodes { actor { ${user} } } } } } }`;
    const without = await counted(() => t.gql(lists("id"), {}, many.viewer.token));
    const withCreatedAt = await counted(() => t.gql(lists("id createdAt"), {}, many.viewer.token));
    expect(withCreatedAt.result.errors).toBeUndefined();
    expect(withCreatedAt.result.data.viewer.organisations.every((organisation: any) => organisation.members.nodes.every((node: any) => node.user.createdAt))).toBe(true);
    expect(withCreatedAt.statements).toBeGreaterThan(without.statements);
    expect(withCreatedAt.statements).toBeLessThanOrEqual(without.statements + 2);
  });

  it("GET /api/organisations", async () => {
    const [small, large] = [
      await counted(() => t.rest("GET", "/api/organisations", { token: few.viewer.token })),
      await counted(() => t.rest("GET", "/api/organisations", { token: many.viewer.token })),
    ];
    for (const [{ result }, story] of [[small, few], [large, many]] as const) {
      expect(result.status).toBe(200);
      expect(result.body).toHaveLength(story.organisations);
      for (const organisation of result.body) {
        expect(["owner", "admin", "member"]).toContain(organisation.orgRole);
        expect(organisation.memberCount).toBeGreaterThanOrEqual(4);
      }
    }
    expect(large.statements, `statements for ${many.organisations} organisations vs ${few.organisations}`).toBe(small.statements);
  });
});

describe("the organisation page (the benchmark's query)", () => {
  it("costs no more than the hand-written floor's 3 statements once known, however many members and entries it shows", async () => {
    // A small organisation (the viewer's first) and one with every member of the cast (the viewer's last).
    const page = (organisationId: string) =>
      counted(() => t.gql(PAGE_QUERY, { id: organisationId }, many.viewer.token));
    const viewerOrganisations = await t.rest("GET", "/api/organisations", { token: many.viewer.token });
    const ids: string[] = viewerOrganisations.body.map((organisation: { id: string }) => organisation.id);
    for (const id of [ids[0]!, ids.at(-1)!]) {
      // Asked three times: Apollo answers the first time (and the query is remembered); then the short way.
      const asked = [await page(id), await page(id), await page(id)];
      for (const { result } of asked) {
        expect((result as any).errors).toBeUndefined();
        expect((result as any).data.organisation.members.nodes.length).toBeGreaterThanOrEqual(3);
        expect((result as any).data.organisation.activity.nodes.length).toBeGreaterThanOrEqual(3);
      }
      // Apollo's way: the session; the membership check with the organisation, its owner and member count; the
      // members page with their users; the activity page with its actors.
      expect(asked[0]!.statements).toBeLessThanOrEqual(4);
      // The short way reads the session with that membership check (graphql/query-about.ts), as the floor does.
      expect(asked[2]!.statements).toBeLessThanOrEqual(3);
    }
  });
});
