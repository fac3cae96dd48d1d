/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { UserRow } from "./tables.ts";

export const presentUser = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  platformRole: user.platformRole,
  emailVerified: user.emailVerifiedAt !== null,
  createdAt: user.createdAt.toISOString(),
});
