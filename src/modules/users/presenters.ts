/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { UserRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

export const presentUser = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  platformRole: user.platformRole,
  emailVerified: user.emailVerifiedAt !== null,
  createdAt: isoDateTime(user.createdAt),
});
