/**
 * A page of one parent's children is read by a statement of its own (db/pages.ts: the children alone, with no
 * parent row joined), and a batch of many parents' pages by another. Both must read the same rows, in the same
 * order, with the same row beside each, for every shape of page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activityPages, insertActivityEntry } from "../../src/modules/activity/queries.ts";
import { memberPages } from "../../src/modules/members/queries.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { organisationWithRoles } from "../helpers/factories.ts";

let t: TestApp;
let first: Awaited<ReturnType<typeof organisationWithRoles>>;
let second: Awaited<ReturnType<typeof organisationWithRoles>>;

beforeAll(async () => {
  t = await startTestApp();
  first = await organisationWithRoles(t);
  second = await organisationWithRoles(t);
  const db = t.app.deps.db;
  for (const { organisation, admin } of [first, second]) {
    await insertActivityEntry(db, { organisationId: organisation.id, actorId: null, action: "system.checked", targetType: "organisation", targetId: organisation.id });
    await insertActivityEntry(db, { organisationId: organisation.id, actorId: admin.user.id, action: "system.checked", targetType: "organisation", targetId: organisation.id });
  }
});
afterAll(() => t.close());

/** The rows of `organisationId` in a batch read for both organisations. */
const ofOne = <Row extends { organisationId: string }>(rows: Row[], organisationId: string) => rows.filter((row) => row.organisationId === organisationId);

describe("a page of one parent", () => {
  it("reads the members a batch of pages reads for that parent, users beside them", async () => {
    const db = t.app.deps.db;
    const both = [first.organisation.id, second.organisation.id];
    const [, secondMember] = await memberPages(db, [first.organisation.id], { first: 2, afterId: null });
    for (const shape of [
      { first: 2, afterId: null },
      { first: 50, afterId: null },
      { first: 2, afterId: secondMember!.id },
    ]) {
      const batch = await memberPages(db, both, shape);
      for (const organisationId of both) {
        const alone = await memberPages(db, [organisationId], shape);
        expect(alone.length).toBeGreaterThan(0);
        expect(alone).toStrictEqual(ofOne(batch, organisationId));
        expect(alone.every((row) => row.alongside?.id === row.userId)).toBe(true);
      }
    }
    expect(await memberPages(db, ["00000000-0000-4000-8000-000000000000"], { first: 50, afterId: null })).toEqual([]);
  });

  it("reads the log entries a batch of pages reads for that parent, newest first, actors beside them", async () => {
    const db = t.app.deps.db;
    const both = [first.organisation.id, second.organisation.id];
    const [newest] = await activityPages(db, [first.organisation.id], { first: 1, afterId: null, action: null });
    for (const shape of [
      { first: 1, afterId: null, action: null },
      { first: 50, afterId: null, action: null },
      { first: 50, afterId: newest!.id, action: null },
      { first: 50, afterId: null, action: "system.checked" },
    ]) {
      const batch = await activityPages(db, both, shape);
      for (const organisationId of both) {
        const alone = await activityPages(db, [organisationId], shape);
        expect(alone.length).toBeGreaterThan(0);
        expect(alone).toStrictEqual(ofOne(batch, organisationId));
        const ids = alone.map((entry) => entry.id);
        expect(ids).toEqual([...ids].sort().reverse());
      }
    }
    const checked = await activityPages(db, [first.organisation.id], { first: 50, afterId: null, action: "system.checked" });
    expect(checked.map((entry) => entry.alongside?.id ?? null)).toEqual([first.admin.user.id, null]);
  });
});
