/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { ListedUser } from "../users/tables.ts";
import type { MembershipRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

export const presentMember = ({ membership, user }: { membership: MembershipRow; user: ListedUser }) => ({
  userId: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  orgRole: membership.role,
  joinedAt: isoDateTime(membership.joinedAt),
});
