import { defineLoaders, type RequestLoaders } from "../../lib/loaders.ts";
import { rowLoader } from "../../lib/batch.ts";
import { userCardsByIds } from "./queries.ts";
import type { UserCard } from "./tables.ts";

export const userLoaders = defineLoaders((db) => {
  /** Users as others see them (tables.ts, userCardColumns): whoever a row names, an owner, an inviter. */
  return { byId: rowLoader((ids) => userCardsByIds(db, ids), (user) => user.id) };
});

/**
 * Rows that came with the user they name, read in the same statement (a member page's memberships, an
 * activity page's entries) carry that user under this symbol, for the field that shows it: a page of 50
 * members asks for 50 users, and read from the row they cost no promise, loader key or wait each. A symbol
 * key, so JSON never shows it (a row presented whole would otherwise carry a user too); not a WeakMap, whose
 * set() alone took 2.5 % of the organisation page's CPU profile. Like the loader's prime, it is the user as
 * the page read it.
 */
const USER_READ_WITH = Symbol("the user read with this row");
type WithUser = { [USER_READ_WITH]?: UserCard };

/** A user read beside `row`: kept on the row, and handed to the users' loader for anyone else asking. */
export function userReadWith(ctx: { loaders: RequestLoaders }, row: object, user: UserCard): void {
  userLoaders(ctx).byId.prime(user.id, user);
  (row as WithUser)[USER_READ_WITH] = user;
}

/** The user `row` names by `userId`: the one read beside it if there was one (at once), else through the loader. */
export function userNamedBy(ctx: { loaders: RequestLoaders }, row: object, userId: string): UserCard | Promise<UserCard | null> {
  const user = (row as WithUser)[USER_READ_WITH];
  return user?.id === userId ? user : userLoaders(ctx).byId.load(userId);
}
