/**
 * A password hash is read by sign-in alone. Every other read of a user (the viewer behind a token, the
 * users' loader, a member or activity page's users, an organisation's owner, a change's returned row)
 * selects the user's other columns: no hash sits in a request's loaders or rows, and none crosses from
 * the database on the hot reads. And sign-in still works, with the right password only. A scan of src/ keeps
 * it so: a new statement that selects users whole or returns them whole fails here, not in a review.
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../src/lib/secrets.ts";
import { activityPages, sessionUserWithMembershipAndActivityPage } from "../../src/modules/activity/queries.ts";
import { setActiveOrganisationId } from "../../src/modules/active-organisation/queries.ts";
import {
  memberPages,
  membershipsWithOrganisations,
  sessionUserWithMembership,
  sessionUserWithMembershipAndMemberPage,
  sessionUserWithMembershipCheck,
} from "../../src/modules/members/queries.ts";
import {
  liveSessionsByTokenHashes,
  passwordHashByEmail,
  sessionUserByTokenHash,
  setEmailVerified,
  userByEmail,
  userById,
  userCardsByIds,
} from "../../src/modules/users/queries.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, PASSWORD, type TestUser } from "../helpers/factories.ts";

let t: TestApp;
let owner: TestUser;
let member: TestUser;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp();
  owner = await createUser(t);
  member = await createUser(t);
  organisationId = (await createOrganisation(t, owner)).id;
  await addMember(t, organisationId, member, "member");
});
afterAll(() => t.close());

/** Every user object in `value`, however deep (rows nest users under user, owner, alongside). */
function usersIn(value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (value === null || typeof value !== "object") return found;
  if (value instanceof Date) return found;
  const record = value as Record<string, unknown>;
  if (typeof record.email === "string" && "firstName" in record) found.push(record);
  for (const child of Object.values(record)) usersIn(child, found);
  return found;
}

function expectNoHashes(value: unknown, users: number) {
  const found = usersIn(value);
  expect(found.length).toBeGreaterThanOrEqual(users);
  for (const user of found) expect(Object.keys(user)).not.toContain("passwordHash");
  expect(JSON.stringify(value)).not.toContain("scrypt$");
}

describe("password hashes", () => {
  it("are not read by any read of a user but sign-in's", async () => {
    const db = t.app.deps.db;
    const tokenHash = hashToken(owner.token);
    expectNoHashes(await sessionUserByTokenHash(db, tokenHash), 1);
    expectNoHashes(await liveSessionsByTokenHashes(db, [tokenHash]), 1);
    expectNoHashes(await sessionUserWithMembership(db, tokenHash, organisationId), 1);
    expectNoHashes(await sessionUserWithMembershipCheck(db, tokenHash, organisationId), 2);
    expectNoHashes(await membershipsWithOrganisations(db, [{ organisationId, userId: member.user.id }]), 1);
    expectNoHashes(await membershipsWithOrganisations(db, [{ organisationId, userId: member.user.id }, { organisationId, userId: owner.user.id }]), 2);
    expectNoHashes(await userCardsByIds(db, [owner.user.id, member.user.id]), 2);
    expectNoHashes(await userById(db, member.user.id), 1);
    expectNoHashes(await userByEmail(db, member.email), 1);
    expectNoHashes(await memberPages(db, [organisationId], { first: 10, afterId: null }), 2);
    expectNoHashes(await activityPages(db, [organisationId], { first: 10, afterId: null, action: null }), 1);
    expectNoHashes(await sessionUserWithMembershipAndMemberPage(db, tokenHash, organisationId, { first: 10, afterId: null }), 3);
    expectNoHashes(await sessionUserWithMembershipAndActivityPage(db, tokenHash, organisationId, { first: 10, afterId: null, action: null }), 1); // REST's log reads no actors
    expectNoHashes(await setActiveOrganisationId(db, member.user.id, organisationId), 1);
    expectNoHashes(await setEmailVerified(db, member.user.id, member.email), 1);
    expectNoHashes(owner.user, 1); // insertUser's returned row

    const credentials = await passwordHashByEmail(db, owner.email.toUpperCase());
    expect(credentials?.user.id).toBe(owner.user.id);
    expect(credentials?.passwordHash).toMatch(/\S{20,}/);
    expect(Object.keys(credentials!.user)).not.toContain("passwordHash");
  });

  it("sign-in reads the hash: the right password signs in, a wrong one does not", async () => {
    const right = await t.rest("POST", "/api/auth/login", { body: { email: member.email, password: PASSWORD } });
    expect(right.status).toBe(200);
    expect(right.body.user.id).toBe(member.user.id);
    expect(JSON.stringify(right.body)).not.toContain("passwordHash");
    const wrong = await t.rest("POST", "/api/auth/login", { body: { email: member.email, password: `${PASSWORD}!` } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.code).toBe("INVALID_CREDENTIALS");
  });

  it("are read by no statement in src/ but sign-in's: every read and returning() of users names its columns", async () => {
    const root = path.resolve(import.meta.dirname, "../../src");
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith(".ts") && !file.includes("generated"));
    const offences: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(root, file), "utf8");
      // One statement: from its start to the next semicolon.
      for (const statement of text.split(";")) {
        const code = statement.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
        const readsUsers = /\.from\(users\)|Join\(users,/.test(code);
        if (readsUsers && /\.select\(\)/.test(code)) offences.push(`${file}: select() of users`);
        if (/\.(insert|update)\(users\)/.test(code) && /\.returning\(\)/.test(code)) offences.push(`${file}: returning() of users`);
        // The whole table as a field of a select (`user: users`); `table: users` / `parents: users` name a join, not fields.
        if (/\.select\(\{[^)]*\b(?!table\b|parents\b)\w+: users\b(?![.\w])/.test(code)) offences.push(`${file}: users selected whole`);
      }
      if (file !== path.join("modules", "users", "queries.ts") && /passwordHash: users\.passwordHash/.test(text)) offences.push(`${file}: reads the hash`);
    }
    expect(offences).toEqual([]);
  });
});

describe("other users", () => {
  it("are read as others see them, without their account details, by lists and the users' loader", async () => {
    const db = t.app.deps.db;
    const cardKeys = ["createdAt", "email", "firstName", "id", "lastName"];
    // Lists read less still: no creation date, which no list shows (ListedUser).
    const listedKeys = ["email", "firstName", "id", "lastName"];
    const [membersPage] = await memberPages(db, [organisationId], { first: 10, afterId: null });
    expect(Object.keys(membersPage!.alongside!).sort()).toEqual(listedKeys);
    const [entry] = await activityPages(db, [organisationId], { first: 10, afterId: null, action: null });
    expect(Object.keys(entry!.alongside!).sort()).toEqual(listedKeys);
    const [check] = await membershipsWithOrganisations(db, [{ organisationId, userId: member.user.id }]);
    expect(Object.keys(check!.owner).sort()).toEqual(cardKeys);
    expect(Object.keys((await userCardsByIds(db, [member.user.id]))[0]!).sort()).toEqual(cardKeys);
    // The viewer's own row keeps its account details.
    expect(Object.keys((await userById(db, member.user.id))!)).toEqual(expect.arrayContaining(["platformRole", "emailVerifiedAt", "activeOrganisationId"]));
  });
});
