/**
 * Email verification: registering (or asking again) queues a mail with a single-use link; following it
 * marks the address verified. Only the token's SHA-256 is kept.
 */
import type { AppDeps, RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import type { UserRow } from "./tables.ts";
import { AppError, invalidInput, rateLimited } from "../../errors.ts";
import { consumeRateLimit } from "../../lib/rate-limit.ts";
import { hashToken, newSecretToken } from "../../lib/secrets.ts";
import { announcePendingInvites } from "../invites/notices.ts";
import { enqueueMail } from "../mail/outbox.ts";
import { cancelPendingVerificationMail } from "../mail/queries.ts";
import { publicLink, verificationMail } from "../mail/templates.ts";
import {
  deleteUnusedEmailVerifications,
  insertEmailVerification,
  lockEmailVerificationByTokenHash,
  markEmailVerificationUsed,
  setEmailVerified,
} from "./queries.ts";
import { requireViewer } from "../../auth/viewer.ts";

/** Issues a new verification link for the user's address (earlier unused links stop working) and queues its mail. */
export async function queueEmailVerification(tx: Db, deps: Pick<AppDeps, "config">, user: UserRow): Promise<void> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + deps.config.emailVerificationTtlHours * 3600_000);
  await deleteUnusedEmailVerifications(tx, user.id);
  await cancelPendingVerificationMail(tx, user.id);
  await insertEmailVerification(tx, { userId: user.id, email: user.email, tokenHash: hashToken(token), expiresAt });
  const link = publicLink(deps.config.publicUrl, "/verify-email", { token });
  await enqueueMail(tx, { kind: "email_verification", to: user.email, userId: user.id, ...verificationMail({ link, expiresAt }) });
}

const invalidLink = () =>
  new AppError("INVALID_TOKEN", "This verification link is not valid. Ask for a new one.", "token");

/**
 * Anyone holding a link: marks the address it was sent to verified. Invitations already waiting for
 * that address then appear in the user's mailbox.
 */
export async function verifyEmail(ctx: RequestContext, input: { token: unknown }): Promise<UserRow> {
  if (typeof input.token !== "string" || !input.token) throw invalidInput("The token is missing.", "token");
  const tokenHash = hashToken(input.token);
  return ctx.db.transaction(async (tx) => {
    const verification = await lockEmailVerificationByTokenHash(tx, tokenHash);
    if (!verification) throw invalidLink();
    if (verification.usedAt) throw new AppError("TOKEN_USED", "This verification link has already been used.", "token");
    if (verification.expiresAt <= new Date()) {
      throw new AppError("TOKEN_EXPIRED", "This verification link has expired. Ask for a new one.", "token");
    }
    const user = await setEmailVerified(tx, verification.userId, verification.email);
    if (!user) throw invalidLink(); // the account's address changed since the link was sent
    await markEmailVerificationUsed(tx, verification.id);
    await announcePendingInvites(tx, user);
    return user;
  });
}

/** Signed-in users with an unverified address: sends a new link, at most once per cooldown. */
export async function resendVerificationEmail(ctx: RequestContext): Promise<void> {
  const { user } = requireViewer(ctx);
  if (user.emailVerifiedAt) throw new AppError("EMAIL_ALREADY_VERIFIED", "Your email address is already verified.");
  await ctx.db.transaction(async (tx) => {
    const windowSeconds = ctx.config.inviteResendCooldownSeconds;
    if (windowSeconds > 0) {
      const hit = await consumeRateLimit(tx, `verify-email:resend:${user.id}`, { limit: 1, windowSeconds });
      if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds, `A link was sent moments ago. Try again in ${hit.retryAfterSeconds} seconds.`);
    }
    await queueEmailVerification(tx, ctx, user);
  });
}
