/**
 * What an invitation says and to whom: the email with its link, and the mailbox message a verified
 * account gets. Called inside the transaction of the change, so a message exists exactly when it does.
 */
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { inviteMail, publicLink } from "../mail/templates.ts";
import { leaveMailboxMessage } from "../mailbox/service.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserRow } from "../users/tables.ts";
import { pendingInvitesForEmail } from "./queries.ts";
import type { InviteRow } from "./tables.ts";

const displayName = (user: UserRow) => [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email;

/** Queues the invitation email (with a fresh token's link) and, for a verified account, a mailbox message. */
export async function deliverInvite(tx: Db, ctx: RequestContext, invite: InviteRow, organisation: OrganisationRow, token: string) {
  const inviter = ctx.viewer!.user;
  const link = publicLink(ctx.config.publicUrl, "/invites/accept", { token });
  await enqueueMail(tx, {
    kind: "invite",
    to: invite.email,
    inviteId: invite.id,
    ...inviteMail({
      organisationName: organisation.name,
      organisationHandle: organisation.handle,
      inviterName: displayName(inviter),
      role: invite.role,
      link,
      expiresAt: invite.expiresAt,
    }),
  });
}

/** The mailbox message an invited, verified account gets. */
export async function leaveInviteMessage(tx: Db, user: UserRow, invite: InviteRow, organisation: OrganisationRow) {
  await leaveMailboxMessage(tx, {
    userId: user.id,
    kind: "invite",
    title: `Invitation to join ${organisation.name}`,
    body: `You have been invited to join ${organisation.name} (@${organisation.handle}) as ${invite.role === "admin" ? "an admin" : "a member"}. Accept or reject it from your invitations.`,
    organisationId: organisation.id,
    inviteId: invite.id,
  });
}

/**
 * Mailbox messages for the invites already waiting for an address, when its account proves it owns it
 * (an account registered after the invite was sent sees it this way). Runs in the verifying transaction.
 */
export async function announcePendingInvites(tx: Db, user: UserRow) {
  for (const { invite, organisation } of await pendingInvitesForEmail(tx, user.email.toLowerCase())) {
    await leaveInviteMessage(tx, user, invite, organisation);
  }
}

