import { defineLoaders, type RequestLoaders } from "../../lib/loaders.ts";
import { rowLoader } from "../../lib/batch.ts";
import { userCardsByIds } from "./queries.ts";
import type { ListedUser, UserCard } from "./tables.ts";

export const userLoaders = defineLoaders((db) => {
  /** Users as others see them (tables.ts, userCardColumns): whoever a row names, an owner, an inviter. */
  return { byId: rowLoader((ids) => userCardsByIds(db, ids), (user) => user.id) };
});

/**
 * Rows that came with the user they name, read in the same statement (a member page's memberships, an
 * activity page's entries) carry that user under this symbol, for the field that shows it: a page of 50
 * members asks for 50 users, and read from the row they cost no promise, loader key or wait each. A symbol
 * key, so JSON never shows it (a row presented whole would otherwise carry a user too); not a WeakMap, whose
 * set() alone took 2.5 % of the organisation page's CPU profile. It is the user as the page read it (a
 * ListedUser), so it is not handed to the users' loader, which serves whole cards: priming it with each of
 * them also cost a promise a row.
 */
const USER_READ_WITH = Symbol("the user read with this row");
type WithUser = { [USER_READ_WITH]?: ListedUser };

/** A user read beside `row`, kept on the row. */
export function userReadWith(row: object, user: ListedUser): void {
  (row as WithUser)[USER_READ_WITH] = user;
}

/** A page's rows as a statement reads them, each with the user it names as `alongside`: the rows, each keeping its user. */
export function rowsKeepingUsers<Row extends object>(rows: (Row & { alongside: ListedUser | null })[]): Row[] {
  return rows.map(({ alongside, ...row }) => {
    if (alongside) userReadWith(row, alongside);
    return row as unknown as Row;
  });
}

/** The same for rows read as `{ row, alongside }` (members/queries.ts, sessionUserWithMembershipAndPage). */
export function rowsWithUsers<Row extends object>(rows: { row: Row; alongside: ListedUser | null }[]): Row[] {
  return rows.map(({ row, alongside }) => {
    if (alongside) userReadWith(row, alongside);
    return row;
  });
}

/** The user `row` names by `userId`: the one read beside it if there was one (at once), else through the loader. */
export function userNamedBy(ctx: { loaders: RequestLoaders }, row: object, userId: string): ListedUser | UserCard | Promise<UserCard | null> {
  const user = (row as WithUser)[USER_READ_WITH];
  return user?.id === userId ? user : userLoaders(ctx).byId.load(userId);
}

/**
 * When the account was created: a card says; a user as a list read them does not, and is then read with the
 * others asked for (one statement for a whole list). Only an account deleted since the list was read has none.
 */
export function userCreatedAt(ctx: { loaders: RequestLoaders }, user: ListedUser | UserCard): Date | Promise<Date> {
  if ("createdAt" in user) return user.createdAt;
  return userLoaders(ctx).byId.load(user.id).then((card) => {
    if (!card) throw new Error(`user ${user.id} no longer exists`);
    return card.createdAt;
  });
}
