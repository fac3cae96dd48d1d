/**
 * A REST read of a page of members or of the log reads the session, the viewer's membership and the page in
 * one statement (members/queries.ts, sessionUserWithMembershipAndPage). It must read exactly what the separate
 * statements read (sessionUserWithMembership, memberPages, activityPages), rows, users and order alike, on every
 * shape of page, and no page for someone it could never be shown to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/lib/secrets.ts";
import { activityPages, insertActivityEntry, sessionUserWithMembershipAndActivityPage } from "../../src/modules/activity/queries.ts";
import { memberPages, sessionUserWithMembership, sessionUserWithMembershipAndMemberPage } from "../../src/modules/members/queries.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
let cast: Awaited<ReturnType<typeof organisationWithRoles>>;
const MISSING = "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  t = await startTestApp();
  cast = await organisationWithRoles(t);
  const db = t.app.deps.db;
  // A log with an entry no one made (its actor null) between entries people made.
  await insertActivityEntry(db, { organisationId: cast.organisation.id, actorId: null, action: "system.checked", targetType: "organisation", targetId: cast.organisation.id });
  await insertActivityEntry(db, { organisationId: cast.organisation.id, actorId: cast.admin.user.id, action: "system.checked", targetType: "organisation", targetId: cast.organisation.id });
});
afterAll(() => t.close());

/** The page's rows as the loaders keep them: each row with what it names beside it. */
const joined = (rows: { row: object; alongside: unknown }[]) => rows.map(({ row, alongside }) => ({ ...row, alongside }));

describe("sessionUserWithMembershipAndPage", () => {
  it("reads the session, the membership and each shape of page as the separate statements do", async () => {
    const db = t.app.deps.db;
    const organisationId = cast.organisation.id;
    for (const viewer of [cast.owner, cast.member, cast.platformAdmin]) {
      const tokenHash = hashToken(viewer.token);
      const session = await sessionUserWithMembership(db, tokenHash, organisationId);
      const firstMembers = await memberPages(db, [organisationId], { first: 2, afterId: null });
      for (const shape of [
        { first: 2, afterId: null },
        { first: 50, afterId: null },
        { first: 2, afterId: firstMembers[1]!.id },
      ]) {
        const read = await sessionUserWithMembershipAndMemberPage(db, tokenHash, organisationId, shape);
        expect({ sessionId: read!.sessionId, user: read!.user, membership: read!.membership }).toStrictEqual(session);
        expect(joined(read!.rows)).toStrictEqual(await memberPages(db, [organisationId], shape));
        expect(read!.rows.length).toBeGreaterThan(0);
      }
      const newest = await activityPages(db, [organisationId], { first: 1, afterId: null, action: null });
      for (const shape of [
        { first: 1, afterId: null, action: null },
        { first: 50, afterId: null, action: null },
        { first: 50, afterId: newest[0]!.id, action: null },
        { first: 50, afterId: null, action: "system.checked" },
        { first: 50, afterId: null, action: "no.such.action" },
      ]) {
        const read = await sessionUserWithMembershipAndActivityPage(db, tokenHash, organisationId, shape);
        expect({ sessionId: read!.sessionId, user: read!.user, membership: read!.membership }).toStrictEqual(session);
        // REST's log shows each entry's actorId only: its page reads the entries without their actors.
        const entries = (await activityPages(db, [organisationId], shape)).map(({ alongside: _actor, ...entry }) => entry);
        expect(read!.rows).toStrictEqual(entries.map((entry) => ({ row: entry, alongside: null })));
      }
    }
    const log = await sessionUserWithMembershipAndActivityPage(db, hashToken(cast.owner.token), organisationId, { first: 50, afterId: null, action: "system.checked" });
    expect(log!.rows.map(({ row }) => row.actorId)).toEqual([cast.admin.user.id, null]);
  });

  it("reads no page for an outsider or an organisation that does not exist, and nothing at all for a token that signs no one in", async () => {
    const db = t.app.deps.db;
    const outsider = await sessionUserWithMembershipAndMemberPage(db, hashToken(cast.outsider.token), cast.organisation.id, { first: 50, afterId: null });
    expect(outsider).toMatchObject({ user: { id: cast.outsider.user.id }, membership: null, rows: [] });
    const outsiderLog = await sessionUserWithMembershipAndActivityPage(db, hashToken(cast.outsider.token), cast.organisation.id, { first: 50, afterId: null, action: null });
    expect(outsiderLog).toMatchObject({ membership: null, rows: [] });
    const missing = await sessionUserWithMembershipAndMemberPage(db, hashToken(cast.owner.token), MISSING, { first: 50, afterId: null });
    expect(missing).toMatchObject({ user: { id: cast.owner.user.id }, membership: null, rows: [] });
    expect(await sessionUserWithMembershipAndMemberPage(db, hashToken("no such token"), cast.organisation.id, { first: 50, afterId: null })).toBeNull();
  });
});
