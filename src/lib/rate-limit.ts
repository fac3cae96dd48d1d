/**
 * Fixed-window rate limits kept in PostgreSQL, so every Guildhall process shares them. Counting is one
 * atomic upsert per key: concurrent requests cannot slip past the limit.
 */
import { createHash } from "node:crypto";
import { lt, sql } from "drizzle-orm";
import { anyOf } from "../db/sql.ts";
import type { Db } from "../db/client.ts";
import { rateLimitBuckets } from "../db/shared-tables.ts";

export type RateLimit = { limit: number; windowSeconds: number };

/**
 * A bucket's key from what a client sent (an email, an address): trimmed and lower-cased, then hashed
 * when long, so one client cannot grow the table with keys of any size or spelling.
 */
export function rateLimitKey(scope: string, subject: string): string {
  const normalised = subject.trim().toLowerCase();
  return `${scope}:${normalised.length <= 64 ? normalised : createHash("sha256").update(normalised).digest("hex")}`;
}

/** Deletes buckets whose window has ended (every process runs this now and then; see startRateLimitSweeper). */
export async function sweepRateLimits(db: Db): Promise<void> {
  await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.windowEndsAt, sql`now()`));
}

/** Sweeps expired buckets every `everyMs` until stopped. */
export function startRateLimitSweeper(db: Db, log: { warn(obj: object, msg: string): void }, everyMs = 10 * 60_000) {
  const timer = setInterval(() => sweepRateLimits(db).catch((err) => log.warn({ err }, "rate-limit sweep failed")), everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
export type RateLimitHit = { allowed: boolean; hits: number; retryAfterSeconds: number };

/** Counts one hit against `key` and says whether it is within the limit. */
export async function consumeRateLimit(db: Db, key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitHit> {
  const expired = sql`${rateLimitBuckets.windowEndsAt} <= now()`;
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, hits: 1, windowEndsAt: sql`now() + make_interval(secs => ${windowSeconds})` })
    .onConflictDoUpdate({
      target: rateLimitBuckets.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimitBuckets.hits} + 1 end`,
        windowEndsAt: sql`case when ${expired} then excluded.window_ends_at else ${rateLimitBuckets.windowEndsAt} end`,
      },
    })
    .returning({
      hits: rateLimitBuckets.hits,
      secondsLeft: sql<number>`ceil(extract(epoch from (${rateLimitBuckets.windowEndsAt} - now())))::int`,
    });
  return { allowed: row!.hits <= limit, hits: row!.hits, retryAfterSeconds: Math.max(1, row!.secondsLeft) };
}

/** Takes back one hit from each key: used when an attempt turns out to be a success. */
export async function refundRateLimit(db: Db, keys: string[]): Promise<void> {
  await db
    .update(rateLimitBuckets)
    .set({ hits: sql`greatest(${rateLimitBuckets.hits} - 1, 0)` })
    .where(anyOf(rateLimitBuckets.key, keys));
}
