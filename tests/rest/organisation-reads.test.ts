/**
 * A REST read of /organisations/:id (and below it) reads the viewer's session and their membership there in
 * one statement (auth/viewer.ts); the organisation's own page also brings the organisation, its owner and
 * member count, and a page of its members or its log comes in that statement too (members/queries.ts,
 * sessionUserWithMembershipAndPage). The policy still decides: these tests hold that every viewer gets what
 * they got before, at the statement counts the lever promises.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../src/modules/users/tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
let cast: Awaited<ReturnType<typeof organisationWithRoles>>;
const MISSING = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  // The mail worker polls the outbox in the background; keep its statements out of the counts.
  t = await startTestApp({ MAIL_POLL_MS: "60000" });
  cast = await organisationWithRoles(t);
});
afterAll(() => t.close());

/** A GET and the statements it sent: the least of two tries, so a stray background statement cannot count. */
async function counted(path: string, token: string) {
  let best: { statements: number; response: Awaited<ReturnType<TestApp["rest"]>> } | undefined;
  for (let attempt = 0; attempt < 2; attempt++) {
    const before = t.statements();
    const response = await t.rest("GET", path, { token });
    const statements = t.statements() - before;
    if (!best || statements < best.statements) best = { statements, response };
  }
  return best!;
}

describe("REST reads of an organisation", () => {
  it("its page: the organisation with the viewer's role and its member count, in one statement", async () => {
    const { statements, response } = await counted(`/api/organisations/${cast.organisation.id}`, cast.admin.token);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: cast.organisation.id, orgRole: "admin", memberCount: 3 });
    expect(statements).toBe(1);
  });

  it("its members and its log: the page comes with the session and the membership check, in one statement", async () => {
    const members = await counted(`/api/organisations/${cast.organisation.id}/users`, cast.member.token);
    expect(members.response.status).toBe(200);
    expect((members.response.body as { email: string }[]).map((member) => member.email).sort()).toEqual(
      [cast.owner.email, cast.admin.email, cast.member.email].sort(),
    );
    expect(members.statements).toBe(1);

    const activity = await counted(`/api/organisations/${cast.organisation.id}/activity?limit=20`, cast.owner.token);
    expect(activity.response.status).toBe(200);
    expect((activity.response.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    expect(activity.statements).toBe(1);
  });

  it("every page of them in one statement: after a cursor, filtered, past the end; the same pages as the GraphQL fields", async () => {
    const id = cast.organisation.id;
    for (const name of ["Page One", "Page Two", "Page Three"]) {
      expect((await t.rest("PUT", `/api/organisations/${id}`, { token: cast.owner.token, body: { name } })).status).toBe(200);
    }
    const graphql = await t.gql(
      `query ($id: ID!) { organisation(id: $id) {
        members(first: 100) { nodes { id user { email } } }
        activity(first: 100) { nodes { id action ip actor { id } } }
      } }`,
      { id },
      cast.admin.token,
    );
    const members = graphql.data.organisation.members.nodes.map((node: any) => node.user.email);
    const log = graphql.data.organisation.activity.nodes;

    const firstMembers = await counted(`/api/organisations/${id}/users?limit=2`, cast.admin.token);
    const cursor = firstMembers.response.headers.get("x-next-cursor");
    const restMembers = await counted(`/api/organisations/${id}/users?limit=2&cursor=${cursor}`, cast.admin.token);
    const listed = [...(firstMembers.response.body as { email: string }[]), ...(restMembers.response.body as { email: string }[])];
    expect(listed.map((member) => member.email)).toEqual(members);
    expect(restMembers.response.headers.get("x-next-cursor")).toBeNull();
    expect([firstMembers.statements, restMembers.statements]).toEqual([1, 1]);

    const firstEntries = await counted(`/api/organisations/${id}/activity?limit=3`, cast.admin.token);
    type Log = { items: any[]; nextCursor: string | null };
    const restEntries = await counted(`/api/organisations/${id}/activity?limit=50&cursor=${(firstEntries.response.body as Log).nextCursor}`, cast.admin.token);
    const entries = [...(firstEntries.response.body as Log).items, ...(restEntries.response.body as Log).items];
    expect(entries.map((entry: any) => ({ id: entry.id, action: entry.action, ip: entry.ip, actor: entry.actorId }))).toEqual(
      log.map((entry: any) => ({ id: entry.id, action: entry.action, ip: entry.ip, actor: entry.actor?.id ?? null })),
    );
    expect(entries.every((entry: any) => entry.ip !== null)).toBe(true);
    expect([firstEntries.statements, restEntries.statements]).toEqual([1, 1]);

    const renamed = await counted(`/api/organisations/${id}/activity?action=organisation.renamed`, cast.member.token);
    expect((renamed.response.body as Log).items.map((entry) => entry.metadata.to)).toEqual(["Page Three", "Page Two", "Page One"]);
    expect((renamed.response.body as Log).items.every((entry) => entry.ip === null)).toBe(true);
    expect(renamed.statements).toBe(1);

    const pastTheEnd = await counted(`/api/organisations/${id}/activity?action=no.such.action`, cast.member.token);
    expect(pastTheEnd.response.body).toEqual({ items: [], nextCursor: null });
    expect(pastTheEnd.statements).toBe(1);
  });

  it("a query that asks for no valid page is refused as before: a 400 for a member, but first a 404 for an outsider and a 401 for no one", async () => {
    for (const query of ["/users?limit=0", "/users?limit=abc", "/users?cursor=nonsense", "/activity?limit=500", "/activity?cursor=nonsense"]) {
      const path = `/api/organisations/${cast.organisation.id}${query}`;
      const asMember = await t.rest("GET", path, { token: cast.member.token });
      expect({ query, status: asMember.status, code: asMember.body.code }).toEqual({ query, status: 400, code: "INVALID_INPUT" });
      const asOutsider = await t.rest("GET", path, { token: cast.outsider.token });
      expect({ query, status: asOutsider.status, code: asOutsider.body.code }).toEqual({ query, status: 404, code: "NOT_FOUND" });
      const anonymous = await t.rest("GET", path);
      expect({ query, status: anonymous.status, code: anonymous.body.code }).toEqual({ query, status: 401, code: "UNAUTHENTICATED" });
    }
  });

  it("an outsider learns nothing: the same 404 as for an organisation that does not exist", async () => {
    for (const suffix of ["", "/users", "/activity"]) {
      const hidden = await t.rest("GET", `/api/organisations/${cast.organisation.id}${suffix}`, { token: cast.outsider.token });
      const missing = await t.rest("GET", `/api/organisations/${MISSING}${suffix}`, { token: cast.outsider.token });
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual(missing.body);
    }
  });

  it("a platform admin who is not a member reads it (no role of their own), and gets a 404 for one that does not exist", async () => {
    const page = await t.rest("GET", `/api/organisations/${cast.organisation.id}`, { token: cast.platformAdmin.token });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ id: cast.organisation.id, orgRole: null, memberCount: 3 });
    const members = await t.rest("GET", `/api/organisations/${cast.organisation.id}/users`, { token: cast.platformAdmin.token });
    expect(members.status).toBe(200);
    expect(members.body).toHaveLength(3);
    for (const suffix of ["", "/users", "/activity"]) {
      const missing = await t.rest("GET", `/api/organisations/${MISSING}${suffix}`, { token: cast.platformAdmin.token });
      expect(missing.status).toBe(404);
      expect(missing.body.code).toBe("NOT_FOUND");
    }
  });

  it("a malformed id is a 404, and a token that signs no one in is a 401, as on every other route", async () => {
    const malformed = await t.rest("GET", "/api/organisations/not-an-id/users", { token: cast.owner.token });
    expect(malformed.status).toBe(404);
    // Ids are compared as the database writes them: a capitalised one is not found, on every read, for everyone.
    const capitalised = cast.organisation.id.toUpperCase();
    for (const suffix of ["", "/users", "/activity", "/usage", "/servers"]) {
      const response = await t.rest("GET", `/api/organisations/${capitalised}${suffix}`, { token: cast.member.token });
      expect({ suffix, status: response.status }).toEqual({ suffix, status: 404 });
    }
    const unknown = await t.rest("GET", `/api/organisations/${cast.organisation.id}`, { token: "not-a-token" });
    expect(unknown.status).toBe(401);
    expect(unknown.body.code).toBe("UNAUTHENTICATED");

    const leaving = await createUser(t);
    await t.app.deps.db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, leaving.user.id));
    const revoked = await t.rest("GET", `/api/organisations/${cast.organisation.id}/users`, { token: leaving.token });
    expect(revoked.status).toBe(401);
  });

  it("a change is not read ahead of its transaction: its answer shows the organisation as it now is", async () => {
    const renamed = await t.rest("PUT", `/api/organisations/${cast.organisation.id}`, { token: cast.owner.token, body: { name: "Renamed Guild" } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Renamed Guild", orgRole: "owner", memberCount: 3 });
    const page = await t.rest("GET", `/api/organisations/${cast.organisation.id}`, { token: cast.member.token });
    expect(page.body).toMatchObject({ name: "Renamed Guild", orgRole: "member" });
  });
});
