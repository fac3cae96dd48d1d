/**
 * Factories: people and organisations for a test's story. Accounts are written straight to the database
 * (hashing a password per user would make suites slow); organisations and memberships go through the
 * same queries the services use.
 */
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { OrganisationRow, OrgRole } from "../../src/modules/organisations/tables.ts";
import { users, type PlatformRole, type UserRow } from "../../src/modules/users/tables.ts";
import { hashPassword, hashToken, newSecretToken } from "../../src/lib/secrets.ts";
import { insertMembership } from "../../src/modules/members/queries.ts";
import { insertSession, insertUser } from "../../src/modules/users/queries.ts";
import type { TestApp } from "./app.ts";

export const PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

export type TestUser = { user: UserRow; token: string; email: string; password: string };

/** A user with a live session token. */
export async function createUser(
  t: TestApp,
  options: { email?: string; platformRole?: PlatformRole; verified?: boolean; firstName?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = (options.email ?? `${unique("user")}@example.com`).toLowerCase();
  const user = await insertUser(t.app.deps.db, {
    email,
    passwordHash: await passwordHash,
    platformRole: options.platformRole ?? "user",
    firstName: options.firstName ?? null,
  });
  if (options.verified) {
    await t.app.deps.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id));
    user.emailVerifiedAt = new Date();
  }
  const token = newSecretToken();
  await insertSession(t.app.deps.db, { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3600_000) });
  return { user, token, email, password: PASSWORD };
}

/** An organisation created through the API by `owner`. */
export async function createOrganisation(
  t: TestApp,
  owner: TestUser,
  options: { name?: string; handle?: string } = {},
): Promise<OrganisationRow & { id: string }> {
  const response = await t.rest("POST", "/api/organisations", {
    token: owner.token,
    body: { name: options.name ?? "Test Org", handle: options.handle ?? unique("org") },
  });
  if (response.status !== 201) throw new Error(`createOrganisation failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Makes `member` a member of the organisation with `role` (admin or member), straight in the database. */
export async function addMember(t: TestApp, organisationId: string, member: TestUser, role: Exclude<OrgRole, "owner"> = "member") {
  return insertMembership(t.app.deps.db, { organisationId, userId: member.user.id, role });
}

/** An organisation with one user in each role, and an outsider. */
export async function organisationWithRoles(t: TestApp) {
  const owner = await createUser(t);
  const admin = await createUser(t);
  const member = await createUser(t);
  const outsider = await createUser(t);
  const platformAdmin = await createUser(t, { platformRole: "admin" });
  const organisation = await createOrganisation(t, owner);
  await addMember(t, organisation.id, admin, "admin");
  await addMember(t, organisation.id, member, "member");
  return { organisation, owner, admin, member, outsider, platformAdmin };
}
