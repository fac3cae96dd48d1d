/**
 * Prepared selects map rows with a mapper compiled for them (src/db/row-mapper.ts). It must build exactly
 * what drizzle's own mapping builds from the same driver rows: the same keys in the same order, dates and
 * numbers decoded, nulls kept, and a left-joined table that matched nothing as `null`.
 */
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import * as drizzleUtils from "drizzle-orm/utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileRowMapper, timestampDecoder } from "../../src/db/row-mapper.ts";
import { prepared } from "../../src/db/prepared.ts";
import { organisationMembers } from "../../src/modules/members/tables.ts";
import { organisations } from "../../src/modules/organisations/tables.ts";
import { sessions, userCardColumns, users } from "../../src/modules/users/tables.ts";
import { activityEntries } from "../../src/modules/activity/tables.ts";
import { insertActivityEntry } from "../../src/modules/activity/queries.ts";
import { pagesPerParent } from "../../src/db/pages.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, unique, type TestUser } from "../helpers/factories.ts";

/** drizzle's own row mapping (exported by its build, not by its type declarations). */
const { mapResultRow } = drizzleUtils as unknown as {
  mapResultRow(fields: unknown, row: unknown[], joinsNotNullableMap?: Record<string, boolean>): unknown;
};

let t: TestApp;
let owner: TestUser;
let member: TestUser;
let outsider: TestUser;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t, { verified: true, firstName: "Ada" });
  member = await createUser(t);
  outsider = await createUser(t);
  organisationId = (await createOrganisation(t, owner)).id;
  await addMember(t, organisationId, member, "admin");
});
afterAll(() => t.close());

type Preparable = { prepare(name: string): unknown };
type Statement = { fields: { path: string[]; field: unknown }[]; joinsNotNullableMap?: Record<string, boolean>; customResultMapper?: unknown; execute(values?: object): Promise<unknown[][]> };

/** The same driver rows mapped by drizzle and by the compiled mapper. */
async function bothWays(query: Preparable, values: object = {}) {
  const statement = query.prepare(unique("row_mapper").replace("-", "_")) as Statement;
  const { fields, joinsNotNullableMap } = statement;
  statement.customResultMapper = (rows: unknown[][]) => rows; // the driver's rows, as they come
  const rows = await statement.execute(values);
  expect(rows.length).toBeGreaterThan(0);
  return {
    drizzle: rows.map((row) => mapResultRow(fields, row, joinsNotNullableMap)),
    compiled: compileRowMapper(fields, joinsNotNullableMap)(rows),
  };
}

function expectSame({ drizzle, compiled }: { drizzle: unknown[]; compiled: unknown[] }) {
  expect(compiled).toStrictEqual(drizzle);
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(drizzle)); // and the keys in the same order
}

describe("compiled row mapper", () => {
  it("maps a whole table: dates decoded, nulls kept", async () => {
    const mapped = await bothWays(t.app.deps.db.select().from(users).where(eq(users.id, sql.placeholder("id"))), { id: owner.user.id });
    expectSame(mapped);
    const [user] = mapped.compiled as (typeof users.$inferSelect)[];
    expect(user!.createdAt).toBeInstanceOf(Date);
    expect(user!.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user!.firstName).toBe("Ada");
  });

  it("sets a left-joined table that matched nothing to null, and keeps one that matched", async () => {
    const owners = alias(users, "owners");
    const query = t.app.deps.db
      .select({
        sessionId: sessions.id,
        user: users,
        organisation: organisations,
        owner: owners,
        membership: organisationMembers,
        memberCount: sql<number>`(select count(*) from organisation_members as counted where counted.organisation_id = ${organisations.id})`.mapWith(Number),
        raw: sql<string>`'as it is'`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(organisations, eq(organisations.id, sql.placeholder("organisationId")))
      .leftJoin(owners, eq(owners.id, organisations.ownerId))
      .leftJoin(organisationMembers, and(eq(organisationMembers.organisationId, organisations.id), eq(organisationMembers.userId, users.id)))
      .where(eq(sessions.userId, sql.placeholder("userId")));

    const asMember = await bothWays(query, { organisationId, userId: member.user.id });
    expectSame(asMember);
    const [row] = asMember.compiled as { membership: { role: string } | null; owner: { id: string } | null; memberCount: number; raw: string }[];
    expect(row!.membership?.role).toBe("admin");
    expect(row!.owner?.id).toBe(owner.user.id);
    expect(row!.memberCount).toBe(2);
    expect(row!.raw).toBe("as it is");

    const asOutsider = await bothWays(query, { organisationId, userId: outsider.user.id });
    expectSame(asOutsider);
    expect((asOutsider.compiled[0] as { membership: unknown }).membership).toBeNull();

    const noOrganisation = await bothWays(query, { organisationId: "00000000-0000-4000-8000-000000000000", userId: member.user.id });
    expectSame(noOrganisation);
    expect(noOrganisation.compiled[0]).toMatchObject({ organisation: null, owner: null, membership: null, memberCount: 0 });
  });

  it("builds nested objects that mix tables and SQL, which are never set to null", async () => {
    const query = t.app.deps.db
      .select({
        organisation: { id: organisations.id, name: organisations.name, createdAt: organisations.createdAt },
        mixed: { role: organisationMembers.role, email: users.email, joinedAt: organisationMembers.joinedAt, upper: sql<string>`upper(${users.email})` },
      })
      .from(organisations)
      .leftJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
      .leftJoin(users, eq(users.id, organisationMembers.userId))
      .where(eq(organisations.id, sql.placeholder("id")));
    expectSame(await bothWays(query, { id: organisationId }));
  });

  it("maps a page with the row each child names as drizzle does, null where it names none (an entry with no actor)", async () => {
    await insertActivityEntry(t.app.deps.db, { organisationId, actorId: null, action: "system.test", targetType: "organisation", targetId: organisationId });
    const page = pagesPerParent(t.app.deps.db, {
      parents: organisations,
      parentId: organisations.id,
      parentIds: [organisationId],
      children: activityEntries,
      childId: activityEntries.id,
      parentOfChild: activityEntries.organisationId,
      newestFirst: true,
      afterId: null,
      limit: 10,
      alongside: { table: users, columns: userCardColumns(), on: (entry) => eq(users.id, entry.actorId!) },
    });
    const both = await bothWays(page as unknown as Preparable);
    expectSame(both);
    const entries = both.compiled as { action: string; alongside: { id: string } | null }[];
    expect(entries[0]).toMatchObject({ action: "system.test", alongside: null });
    expect(entries.some((entry) => entry.alongside?.id === owner.user.id)).toBe(true);
  });

  it("is what prepared() statements map with", async () => {
    const statement = prepared(t.app.deps.db, unique("row_mapper_prepared"), (db) =>
      db.select().from(users).where(eq(users.id, sql.placeholder("id"))).prepare(unique("row_mapper_prepared").replace("-", "_")),
    ) as unknown as Statement;
    expect(statement.customResultMapper).toBeTypeOf("function");
    const [user] = (await statement.execute({ id: member.user.id })) as unknown as (typeof users.$inferSelect)[];
    expect(user).toStrictEqual((await t.app.deps.db.select().from(users).where(eq(users.id, member.user.id)))[0]);
  });
});

/** Rows of a raw statement on either driver. */
async function textRows(query: ReturnType<typeof sql>, zone = "UTC"): Promise<string[]> {
  return t.app.deps.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local time zone '${zone}'`));
    const result = (await tx.execute(query)) as unknown as { rows?: { text: string }[] } & { text: string }[];
    return (result.rows ?? result).map((row) => row.text);
  });
}

describe("timestamp decoding", () => {
  const asDrizzleDoes = (text: string) => new Date(text);

  it("reads every timestamp PostgreSQL writes as drizzle's new Date(text) does", async () => {
    // Whole seconds, every count of fractional digits, both ends of the range a page meets, leap days.
    const texts = await textRows(sql`
      select (timestamptz '2026-12-01 09:15:00.123456+00' + n * interval '7 hours 13 minutes 17.654321 seconds')::text as text
      from generate_series(-20000, 20000) as n
      union all select (timestamptz '2024-02-29 23:59:59.999999+00')::text
      union all select (timestamptz '1970-01-01 00:00:00+00')::text
      union all select (timestamptz '0099-06-01 12:00:00+00')::text
      union all select (timestamptz '9999-12-31 23:59:59.5+00')::text
      union all select (timestamptz '2026-12-01 10:00:00.1+00')::text`);
    expect(texts.length).toBe(40006);
    expect(texts).toContain("2024-02-29 23:59:59.999999+00");
    for (const text of texts) expect(timestampDecoder.mapFromDriverValue(text), text).toStrictEqual(asDrizzleDoes(text));
  });

  it("falls back to drizzle's reading for another zone, BC and infinity, and leaves decoded values alone", async () => {
    const texts = [
      ...(await textRows(sql`select (timestamptz '2026-12-01 09:15:00.5+00')::text as text`, "Asia/Kolkata")),
      ...(await textRows(sql`select (timestamptz '2026-07-01 09:15:00+00')::text as text`, "America/St_Johns")),
      "0044-03-15 12:00:00+00 BC",
      "infinity",
      "2026-12-01 09:15:00+0",
    ];
    expect(texts[0]).toBe("2026-12-01 14:45:00.5+05:30");
    for (const text of texts) expect(timestampDecoder.mapFromDriverValue(text), text).toStrictEqual(asDrizzleDoes(text));
    const decoded = new Date();
    expect(timestampDecoder.mapFromDriverValue(decoded)).toBe(decoded);
  });

  it("is what compiled mappers decode timestamps with time zone with", async () => {
    const mapped = await bothWays(t.app.deps.db.select({ createdAt: users.createdAt, verified: users.emailVerifiedAt }).from(users).where(eq(users.id, sql.placeholder("id"))), { id: owner.user.id });
    expectSame(mapped);
  });

  it("decodes with it a timestamp column, and SQL mapped with one (a union's placeholders for the other side's dates)", () => {
    const mapRows = compileRowMapper([
      { path: ["createdAt"], field: users.createdAt },
      { path: ["page", "joinedAt"], field: sql`null`.mapWith(organisationMembers.joinedAt) },
      { path: ["page", "role"], field: sql`null`.mapWith(organisationMembers.role) },
    ]);
    const original = timestampDecoder.mapFromDriverValue;
    const read: unknown[] = [];
    timestampDecoder.mapFromDriverValue = (value) => (read.push(value), original(value));
    try {
      const [row] = mapRows([["2026-11-30 12:34:56.789+00", "2026-12-01 08:00:00+00", "member"]]) as any[];
      expect(row).toStrictEqual({ createdAt: new Date("2026-11-30T12:34:56.789Z"), page: { joinedAt: new Date("2026-12-01T08:00:00.000Z"), role: "member" } });
    } finally {
      timestampDecoder.mapFromDriverValue = original;
    }
    expect(read).toEqual(["2026-11-30 12:34:56.789+00", "2026-12-01 08:00:00+00"]);
  });
});
