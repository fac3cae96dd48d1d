/** Accounts and sessions: register, log in, log out, and the bootstrap platform admin. */
import type { AppDeps, RequestContext } from "../../context.ts";
import type { UserRow } from "./tables.ts";
import { AppError, invalidInput, rateLimited, violatedUniqueConstraint } from "../../errors.ts";
import { normaliseEmail } from "../../lib/email.ts";
import { consumeRateLimit, rateLimitKey, refundRateLimit, type RateLimit } from "../../lib/rate-limit.ts";
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  hashPassword,
  hashToken,
  newSecretToken,
  verifyPassword,
} from "../../lib/secrets.ts";
import { insertSession, insertUser, passwordHashByEmail, revokeSession, setPlatformRole, userByEmail } from "./queries.ts";
import { queueEmailVerification } from "./verification.ts";
import { requireViewer } from "../../auth/viewer.ts";

/** Failed logins allowed per account, and per client address, in one window. */
export const LOGIN_LIMITS = {
  perAccount: { limit: 5, windowSeconds: 15 * 60 },
  perAddress: { limit: 30, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimit>;

const REGISTRATION_WINDOW_SECONDS = 3600;

export type RegisterInput = { email: unknown; password: unknown; firstName?: unknown; lastName?: unknown };
export type Session = { user: UserRow; token: string };

function checkPassword(password: unknown): string {
  if (typeof password !== "string" || password.length < PASSWORD_MIN_LENGTH) {
    throw invalidInput(`Passwords need at least ${PASSWORD_MIN_LENGTH} characters.`, "password");
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalidInput(`Passwords may have at most ${PASSWORD_MAX_LENGTH} characters.`, "password");
  }
  return password;
}

function optionalName(value: unknown, field: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw invalidInput(`${field} must be text.`, field);
  const name = value.trim();
  if (name.length > 100) throw invalidInput(`${field} may have at most 100 characters.`, field);
  return name || null;
}

async function startSession(ctx: AppDeps, user: UserRow): Promise<Session> {
  const token = newSecretToken();
  const expiresAt = new Date(Date.now() + ctx.config.sessionTtlHours * 3600_000);
  await insertSession(ctx.db, { userId: user.id, tokenHash: hashToken(token), expiresAt });
  return { user, token };
}

/** Anyone: creates an account, queues its email-verification mail, and returns it with a new session token. */
export async function register(ctx: RequestContext, input: RegisterInput): Promise<Session> {
  const hit = await consumeRateLimit(ctx.db, rateLimitKey("register:address", ctx.ip ?? "unknown"), {
    limit: ctx.config.limits.registrationsPerAddressPerHour,
    windowSeconds: REGISTRATION_WINDOW_SECONDS,
  });
  if (!hit.allowed) throw rateLimited(hit.retryAfterSeconds, `Too many accounts were created from your address. Try again in ${hit.retryAfterSeconds} seconds.`);
  const email = normaliseEmail(input.email);
  const password = checkPassword(input.password);
  const firstName = optionalName(input.firstName, "firstName");
  const lastName = optionalName(input.lastName, "lastName");
  const passwordHash = await hashPassword(password);
  let user: UserRow;
  try {
    // The account and its verification mail are committed together.
    user = await ctx.db.transaction(async (tx) => {
      const created = await insertUser(tx, { email, passwordHash, firstName, lastName });
      await queueEmailVerification(tx, ctx, created);
      return created;
    });
  } catch (error) {
    if (violatedUniqueConstraint(error)) throw new AppError("EMAIL_TAKEN", "An account with this email already exists.", "email");
    throw error;
  }
  return startSession(ctx, user);
}

// A real hash to verify against when the account does not exist, so timing does not reveal which emails have accounts.
const decoyHash = hashPassword("guildhall-decoy-password");

/**
 * Anyone: exchanges email and password for a session token. Brute force stays expensive without letting
 * a stranger lock the owner out:
 * - every attempt is counted against the client address and the account before the password is checked
 *   (one atomic upsert each, so concurrent attempts cannot slip past), and a success takes both counts
 *   back, so only failures add up;
 * - an address over its limit is refused;
 * - an account over its limit is refused from any address that has failed (or has another attempt in
 *   flight), but a clean address still gets its password checked: the owner can sign in, while a
 *   distributed guesser gets one guess per fresh address instead of thirty.
 */
export async function login(ctx: RequestContext, input: { email: unknown; password: unknown }): Promise<Session> {
  if (typeof input.email !== "string" || typeof input.password !== "string") {
    throw invalidInput("Enter your email and password.");
  }
  const email = input.email.trim().toLowerCase();
  const keys = [rateLimitKey("login:account", email), rateLimitKey("login:address", ctx.ip ?? "unknown")];
  const [perAccount, perAddress] = await Promise.all([
    consumeRateLimit(ctx.db, keys[0]!, LOGIN_LIMITS.perAccount),
    consumeRateLimit(ctx.db, keys[1]!, LOGIN_LIMITS.perAddress),
  ]);
  const addressIsClean = perAddress.hits === 1;
  const blocked = [perAddress, ...(addressIsClean ? [] : [perAccount])].filter((hit) => !hit.allowed);
  if (blocked.length) {
    throw rateLimited(
      Math.max(...blocked.map((hit) => hit.retryAfterSeconds)),
      `Too many failed sign-in attempts. Try again in ${Math.max(...blocked.map((hit) => hit.retryAfterSeconds))} seconds.`,
    );
  }
  const found = await passwordHashByEmail(ctx.db, email);
  const valid = await verifyPassword(input.password, found?.passwordHash ?? (await decoyHash));
  const user = found?.user;
  if (!user || !valid) throw new AppError("INVALID_CREDENTIALS", "The email or password is wrong.");
  await refundRateLimit(ctx.db, keys);
  return startSession(ctx, user);
}

/** Signed-in users: revokes the token this request carried. */
export async function logout(ctx: RequestContext): Promise<void> {
  await revokeSession(ctx.db, requireViewer(ctx).sessionId);
}

/** Signed-in users: who they are. */
export function currentUser(ctx: RequestContext): UserRow {
  return requireViewer(ctx).user;
}

/**
 * At start: makes sure the configured platform admin exists and is an admin. Idempotent; an existing
 * account keeps its password.
 */
export async function ensureBootstrapAdmin(deps: AppDeps): Promise<void> {
  const admin = deps.config.bootstrapAdmin;
  if (!admin) return;
  const email = normaliseEmail(admin.email, "BOOTSTRAP_ADMIN_EMAIL");
  const existing = await userByEmail(deps.db, email);
  if (existing) {
    if (existing.platformRole !== "admin") await setPlatformRole(deps.db, existing.id, "admin");
    return;
  }
  try {
    const passwordHash = await hashPassword(checkPassword(admin.password));
    await insertUser(deps.db, { email, passwordHash, platformRole: "admin" });
  } catch (error) {
    // Another process created it at the same moment: promote whatever is there.
    if (!violatedUniqueConstraint(error)) throw error;
    const created = await userByEmail(deps.db, email);
    if (created) await setPlatformRole(deps.db, created.id, "admin");
  }
  deps.log.info({ email }, "bootstrap platform admin ready");
}
