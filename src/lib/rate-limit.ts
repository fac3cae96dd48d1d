/**
 * Fixed-window rate limits kept in PostgreSQL, so every Guildhall process shares them. Counting is one
 * atomic upsert per key: concurrent requests cannot slip past the limit.
 */
import { sql } from "drizzle-orm";
import { anyOf } from "../db/sql.ts";
import type { Db } from "../db/client.ts";
import { rateLimitBuckets } from "../db/shared-tables.ts";

export type RateLimit = { limit: number; windowSeconds: number };
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
