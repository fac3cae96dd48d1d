/** Reading invitations: an organisation's (for its owners and admins), the viewer's own, and how their mail fared. */
import { authorize, viewerCan } from "../../auth/policy.ts";
import { requireViewer } from "../../auth/viewer.ts";
import type { RequestContext } from "../../context.ts";
import { invalidInput } from "../../errors.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import type { UserCard } from "../users/tables.ts";
import { inviteLoaders } from "./loaders.ts";
import { countOrganisationInvites, organisationInvitePage, pendingInvitesForEmail } from "./queries.ts";
import { INVITE_STATUSES, type InviteRow, type InviteStatus } from "./tables.ts";

/** An invite with what every answer about it shows: its organisation and who sent it. */
export type InviteDetails = { invite: InviteRow; organisation: OrganisationRow; invitedBy: UserCard | null };

/** The status a person sees: a pending invite past its expiry is `expired`, whatever the row says. */
export function effectiveStatus(invite: InviteRow, now = new Date()): InviteStatus {
  return invite.status === "pending" && invite.expiresAt <= now ? "expired" : invite.status;
}

function checkStatusFilter(raw: unknown): InviteStatus | null {
  if (raw === undefined || raw === null || raw === "") return null;
  if (typeof raw === "string" && (INVITE_STATUSES as readonly string[]).includes(raw)) return raw as InviteStatus;
  throw invalidInput(`status must be one of ${INVITE_STATUSES.join(", ")}.`, "status");
}

export type ListInvitesInput = PageArgs & { organisationId: string; status?: unknown };

/** Owners and admins: the organisation's invites, newest first, optionally of one status; counted on demand. */
export async function listOrganisationInvites(ctx: RequestContext, input: ListInvitesInput) {
  await authorize(ctx, "invite:list", input.organisationId);
  const { first, afterId } = pageRequest(input, { defaultSize: 50, max: 100 });
  const status = checkStatusFilter(input.status);
  const rows = await organisationInvitePage(ctx.db, input.organisationId, { first, afterId, status });
  return { ...toPage(rows, first), totalCount: () => countOrganisationInvites(ctx.db, input.organisationId, status) };
}

/**
 * Signed-in users: the pending invites to their address, once it is verified (until then anyone could
 * have typed that address, so they see none).
 */
export async function listMyInvites(ctx: RequestContext): Promise<{ invite: InviteRow; organisation: OrganisationRow }[]> {
  const viewer = requireViewer(ctx);
  if (!viewer.user.emailVerifiedAt) return [];
  const rows = await pendingInvitesForEmail(ctx.db, viewer.user.email.toLowerCase());
  for (const { organisation } of rows) organisationLoaders(ctx).byId.prime(organisation.id, organisation);
  return rows;
}

export type InviteDelivery = { status: "queued" | "retrying" | "sent" | "failed" | "cancelled"; attempts: number; lastError: string | null };

/** Delivery of an invite's latest email, for owners, admins and platform admins; null for anyone else. */
export async function inviteDelivery(ctx: RequestContext, invite: InviteRow): Promise<InviteDelivery | null> {
  if (!(await viewerCan(ctx, "invite:see-delivery", invite.organisationId))) return null;
  const mail = await inviteLoaders(ctx).latestMail.load(invite.id);
  if (!mail) return null;
  const status = mail.status === "pending" ? (mail.attempts > 0 ? "retrying" : "queued") : mail.status;
  return { status, attempts: mail.attempts, lastError: mail.lastError };
}
