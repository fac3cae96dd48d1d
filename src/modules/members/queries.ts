/** SQL for memberships. */
import { and, asc, count, eq, getTableColumns, gt, sql, type SQL } from "drizzle-orm";
import { alias, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import { prepared } from "../../db/prepared.ts";
import { pagesPerParent, pageSubquery } from "../../db/pages.ts";
import { anyOf } from "../../db/sql.ts";
import type { Db } from "../../db/client.ts";
import { organisationMembers, type MembershipRow } from "./tables.ts";
import { organisations, type OrgRole } from "../organisations/tables.ts";
import { listedUserColumns, sessions, userCardColumns, userColumns, users, type ListedUser, type UserRow } from "../users/tables.ts";
import { hasEmail, isLiveSessionOfToken } from "../users/queries.ts";

export type MembershipKey = { organisationId: string; userId: string };

/** What a membership check reads: the organisation, its owner, the wanted membership and the member count. */
const membershipWithOrganisationFields = () => ({
  organisation: organisations,
  owner: userCardColumns(),
  membership: organisationMembers,
  memberCount: sql<number>`(select count(*) from ${organisationMembers} as counted where counted.organisation_id = ${organisations.id})`.mapWith(Number),
});

/**
 * Memberships by (organisation, user) key, each with its organisation, the organisation's owner and its
 * number of members, in one statement: an organisation row for every wanted organisation that exists, with
 * the wanted member's membership (or nulls) beside it. Reading an organisation starts with exactly this
 * check (policy.ts), and what follows shows the organisation, its owner and its member count, so they come
 * with it rather than in more round trips (the count walks the organisation's slice of the
 * (organisation, user) index).
 */
export async function membershipsWithOrganisations(db: Db, keys: MembershipKey[]) {
  if (keys.length === 1) return membershipWithOrganisation(db, keys[0]!);
  const statement = prepared(db, "memberships_with_organisations", (db) =>
    membershipCheck(
      db,
      sql`(${organisationMembers.organisationId}, ${organisationMembers.userId}) in
        (select * from unnest(${sql.placeholder("organisationIds")}::uuid[], ${sql.placeholder("userIds")}::uuid[]))`,
      sql`${organisations.id} = any(${sql.placeholder("organisationIds")}::uuid[])`,
    ).prepare("memberships_with_organisations"),
  );
  return statement.execute({ organisationIds: keys.map((key) => key.organisationId), userIds: keys.map((key) => key.userId) });
}

/** The one-key case of membershipsWithOrganisations (what nearly every request checks): `= $1` gets a generic plan. */
async function membershipWithOrganisation(db: Db, key: MembershipKey) {
  const statement = prepared(db, "membership_with_organisation", (db) =>
    membershipCheck(
      db,
      eq(organisationMembers.userId, sql.placeholder("userId")),
      eq(organisations.id, sql.placeholder("organisationId")),
    ).prepare("membership_with_organisation"),
  );
  return statement.execute({ organisationId: key.organisationId, userId: key.userId });
}

/** The membership check's statement: `wanted` picks the organisations, `isWantedMember` the memberships beside them. */
function membershipCheck(db: Db, isWantedMember: SQL, wanted: SQL) {
  return db
    .select(membershipWithOrganisationFields())
    .from(organisations)
    .innerJoin(users, eq(users.id, organisations.ownerId))
    .leftJoin(organisationMembers, and(eq(organisationMembers.organisationId, organisations.id), isWantedMember))
    .where(wanted);
}

/** A live session, its user, and that user's membership in one organisation (null: none). */
export type SessionUser = { sessionId: string; user: UserRow; membership: MembershipRow | null };

/**
 * `selection` from each session with its user and that user's membership (or nulls) in the organisation of
 * placeholder `organisationId` (users/queries.ts, isLiveSessionOfToken, keeps the session a token names).
 */
function fromSessionWithMembership(db: Db, selection: Record<string, unknown>) {
  return db
    .select(selection as never)
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(
      organisationMembers,
      and(eq(organisationMembers.organisationId, sql.placeholder("organisationId")), eq(organisationMembers.userId, users.id)),
    );
}

/**
 * A bearer token's live session and user, with that user's membership check in one organisation
 * (membershipWithOrganisation's organisation, owner, membership and member count; nulls when the
 * organisation does not exist or the user is not a member): a REST read of /organisations/:id needs both,
 * and they cost one round trip instead of two. No row when the token signs no one in.
 */
export async function sessionUserWithMembershipCheck(db: Db, tokenHash: string, organisationId: string) {
  const statement = prepared(db, "session_user_with_membership_check", (db) => {
    const owners = alias(users, "owners");
    return db
      .select({ sessionId: sessions.id, user: userColumns(), ...membershipWithOrganisationFields(), owner: userCardColumns(owners) })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(organisations, eq(organisations.id, sql.placeholder("organisationId")))
      .leftJoin(owners, eq(owners.id, organisations.ownerId))
      .leftJoin(organisationMembers, and(eq(organisationMembers.organisationId, organisations.id), eq(organisationMembers.userId, users.id)))
      .where(isLiveSessionOfToken())
      .prepare("session_user_with_membership_check");
  });
  const [row] = await statement.execute({ tokenHash, organisationId });
  return row ?? null;
}

/**
 * Like sessionUserWithMembershipCheck, with the membership alone (or null): for reads below an
 * organisation (its members, its log), which show neither the organisation nor its count.
 */
export async function sessionUserWithMembership(db: Db, tokenHash: string, organisationId: string) {
  const statement = prepared(db, "session_user_with_membership", (db) =>
    fromSessionWithMembership(db, { sessionId: sessions.id, user: userColumns(), membership: organisationMembers })
      .where(isLiveSessionOfToken())
      .prepare("session_user_with_membership"),
  );
  const [row] = (await statement.execute({ tokenHash, organisationId })) as SessionUser[];
  return row ?? null;
}

/** What sessionUserWithMembershipAndPage reads: the session's part, and the page's rows with the user each names (if asked). */
export type SessionWithPage<Row> = SessionUser & { rows: { row: Row; alongside: ListedUser | null }[] };

/**
 * Which page of an organisation's children sessionUserWithMembershipAndPage reads: the child table, its id, the
 * column naming its organisation and, when the list shows each row's user, the key naming them (the user comes
 * beside each row, as a ListedUser), its order, a further condition on placeholders, and whether it starts
 * after a cursor (placeholder `afterId`).
 */
type OrganisationChildPage = {
  children: PgTable;
  childId: PgColumn;
  organisationIdColumn: PgColumn;
  userIdKey?: string;
  newestFirst?: boolean;
  where?: SQL;
  afterCursor: boolean;
};

/**
 * sessionUserWithMembership and one page of the organisation's children (its members, its log) in one
 * statement, for a REST read of such a list: one round trip instead of two. The page is read for members and
 * platform admins; the service still decides what anyone sees (its rows only prime the request's loaders,
 * auth/viewer.ts). The statement is the session's row (the session, its user and their membership, the page's
 * columns null) `union all` the page's rows (the session's columns null): PostgreSQL looks the session up for
 * each side, which costs it less than reading it once beside a page whose first row alone shows it (bench/RESULTS.md,
 * "seventh round"). `describe` says which page, once (prepared.ts); `values` fills its placeholders (`limit`, and
 * `afterId` and the condition's). Null when the token signs no one in.
 */
export async function sessionUserWithMembershipAndPage<Row>(
  db: Db,
  name: string,
  describe: () => OrganisationChildPage,
  values: { tokenHash: string; organisationId: string; limit: number } & Record<string, unknown>,
): Promise<SessionWithPage<Row> | null> {
  const statement = prepared(db, name, (db) => {
    const { children, childId, organisationIdColumn, userIdKey, newestFirst, where, afterCursor } = describe();
    const pageUsers = alias(users, "page_users");
    const { page: pageRows, fields, lookup } = pageSubquery(db, {
      children,
      childId,
      belongsToParent: eq(organisationIdColumn, sql.placeholder("organisationId")),
      where,
      newestFirst,
      afterId: afterCursor ? sql.placeholder("afterId") : null,
      limit: sql.placeholder("limit"),
      alongside: userIdKey ? { table: pageUsers, columns: listedUserColumns(pageUsers), on: (page) => eq(pageUsers.id, page[userIdKey]!) } : undefined,
    });
    const { alongside, ...row } = fields as { alongside?: Record<string, PgColumn> } & Record<string, PgColumn>;
    // Both sides' rows are read through the first side's fields, so its nulls decode as the columns they stand for.
    // The two sides list the same keys in the same order: a union matches its columns by position.
    const nullsFor = (columns: Record<string, PgColumn>) =>
      Object.fromEntries(Object.entries(columns).map(([key, column]) => [key, sql`null`.mapWith(column)]));
    const signedIn = isLiveSessionOfToken();
    const sessionRow = fromSessionWithMembership(db, {
      sessionId: sessions.id,
      user: userColumns(),
      membership: getTableColumns(organisationMembers),
      // Named, for the union's order.
      row: { ...nullsFor(row), id: sql`null`.mapWith(childId).as("page_id") },
      ...(alongside ? { alongside: nullsFor(alongside) } : {}),
    }).where(signedIn);
    const pageRowsRead = fromSessionWithMembership(db, {
      sessionId: sql`null`,
      user: nullsFor(userColumns()),
      membership: nullsFor(getTableColumns(organisationMembers)),
      row,
      ...(alongside ? { alongside } : {}),
    }).crossJoinLateral(pageRows as never);
    const page = (lookup ? pageRowsRead.leftJoinLateral(lookup as never, sql`true`) : pageRowsRead).where(
      and(
        signedIn,
        // Only for someone the page could be shown to (a member, a platform admin): an outsider's read reads no page.
        // The service still decides (policy.ts); this only keeps a page it will refuse out of the request's loaders.
        sql`(${organisationMembers.id} is not null or ${users.platformRole} = 'admin')`,
      ),
    );
    return sessionRow
      .unionAll(page as never)
      .orderBy(sql.raw(`"page_id" ${newestFirst ? "desc" : "asc"} nulls first`))
      .prepare(name);
  });
  // The session's row first (its page id is null), and one row for each of the page's: the session's side decodes
  // each of them, so the user's and the page's columns come as objects of nulls where the other side has them.
  const found = (await statement.execute(values)) as unknown as {
    sessionId: string | null;
    user: UserRow;
    membership: MembershipRow | null;
    row: Row;
    alongside?: ListedUser | { id: null };
  }[];
  const first = found[0];
  if (!first || first.sessionId === null) return null;
  return {
    sessionId: first.sessionId,
    user: first.user,
    membership: first.membership,
    rows: found.slice(1).map(({ row, alongside }) => ({ row, alongside: alongside?.id != null ? (alongside as ListedUser) : null })),
  };
}

/** sessionUserWithMembershipAndPage for a page of the organisation's members, each with their user's card. */
export async function sessionUserWithMembershipAndMemberPage(db: Db, tokenHash: string, organisationId: string, { first, afterId }: MemberPageShape) {
  return sessionUserWithMembershipAndPage<MembershipRow>(
    db,
    `session_with_member_page${afterId ? "_after" : ""}`,
    () => ({
      children: organisationMembers,
      childId: organisationMembers.id,
      organisationIdColumn: organisationMembers.organisationId,
      userIdKey: "userId",
      afterCursor: afterId !== null,
    }),
    { tokenHash, organisationId, afterId, limit: first + 1 },
  );
}

export async function insertMembership(db: Db, values: { organisationId: string; userId: string; role: OrgRole }) {
  const [row] = await db.insert(organisationMembers).values(values).returning();
  return row!;
}

/** A page of one user's memberships with their organisations, in join order (the REST list). */
export async function membershipPageOfUser(db: Db, userId: string, { afterId, limit }: { afterId: string | null; limit: number }) {
  return db
    .select({ membership: organisationMembers, organisation: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), afterId ? gt(organisationMembers.id, afterId) : undefined))
    .orderBy(asc(organisationMembers.id))
    .limit(limit);
}

/** Each user's memberships with their organisations, in join order, for many users in one statement. */
export async function membershipsOfUsers(db: Db, userIds: string[]) {
  return db
    .select({ membership: organisationMembers, organisation: organisations })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(anyOf(organisationMembers.userId, userIds))
    .orderBy(asc(organisationMembers.id));
}

export async function memberCounts(db: Db, organisationIds: string[]) {
  const statement = prepared(db, "member_counts", (db) =>
    db
      .select({ organisationId: organisationMembers.organisationId, total: count() })
      .from(organisationMembers)
      .where(anyOf(organisationMembers.organisationId, sql.placeholder("organisationIds")))
      .groupBy(organisationMembers.organisationId)
      .prepare("member_counts"),
  );
  return statement.execute({ organisationIds });
}

export type MemberPageShape = { first: number; afterId: string | null };

/**
 * Up to `first + 1` memberships per organisation in join order (after `afterId`), for many organisations
 * in one statement: a LATERAL subquery per organisation walks organisation_members_org_id_idx and stops
 * after `first + 1` rows, so a page costs the same however large the organisation.
 */
export async function memberPages(db: Db, organisationIds: string[], { first, afterId }: MemberPageShape) {
  const one = organisationIds.length === 1;
  const name = `member_pages${afterId ? "_after" : ""}${one ? "_one" : ""}`;
  const statement = prepared(db, name, (db) =>
    pagesPerParent(db, {
      parents: organisations,
      parentId: organisations.id,
      parentIds: one ? { one: sql.placeholder("organisationIds") } : sql.placeholder("organisationIds"),
      children: organisationMembers,
      childId: organisationMembers.id,
      parentOfChild: organisationMembers.organisationId,
      afterId: afterId ? sql.placeholder("afterId") : null,
      limit: sql.placeholder("limit"),
      // Every member list shows who each member is.
      alongside: { table: users, columns: listedUserColumns(), on: (page) => eq(users.id, page.userId!) },
    }).prepare(name),
  );
  return statement.execute({ organisationIds: one ? organisationIds[0] : organisationIds, afterId, limit: first + 1 });
}

// Changing memberships.

/** The user's role in the organisation, read inside a transaction and share-locked until it ends. */
export async function lockedMembershipRole(db: Db, organisationId: string, userId: string): Promise<OrgRole | null> {
  const [row] = await db
    .select({ role: organisationMembers.role })
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .for("share");
  return row?.role ?? null;
}

export async function lockMembership(db: Db, organisationId: string, userId: string) {
  const [row] = await db
    .select()
    .from(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .for("update");
  return row ?? null;
}

export async function setMembershipRole(db: Db, organisationId: string, userId: string, role: OrgRole) {
  const [row] = await db
    .update(organisationMembers)
    .set({ role })
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)))
    .returning();
  return row!;
}

/** Names the new owner on the organisation; the deferred foreign key checks it at commit. */
export async function deleteMembership(db: Db, organisationId: string, userId: string) {
  await db
    .delete(organisationMembers)
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
}

/** The membership of whoever has this email address, if they are a member. */
export async function membershipByEmail(db: Db, organisationId: string, email: string) {
  const [row] = await db
    .select({ membership: organisationMembers })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(organisationMembers.organisationId, organisationId), hasEmail(email)));
  return row?.membership ?? null;
}
