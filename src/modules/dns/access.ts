/**
 * Who may read and change an organisation's DNS, in one place for every DNS operation: the policy
 * (`dns:read`, `dns:write`) first, so someone outside the organisation learns nothing, then the `dns`
 * feature flag, then (for changes) the organisation's write rate.
 */
import { authorize, lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { notFound, rateLimited } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { consumeRateLimit } from "../../lib/rate-limit.ts";
import { assertFeatureEnabled } from "../feature-flags/service.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import { dnsLoaders } from "./loaders.ts";
import type { DnsRecordRow, DnsZoneRow } from "./tables.ts";

export const ZONE = "DNS zone";
export const RECORD = "DNS record";

/** Reads: members and platform admins, with DNS on for the organisation. `what` is what a stranger is told was not found. */
export async function authorizeDnsRead(ctx: RequestContext, organisationId: string, what = "Organisation"): Promise<void> {
  await authorize(ctx, "dns:read", organisationId, { notFound: what });
  await assertFeatureEnabled(ctx, "dns", organisationId);
}

/**
 * Runs a DNS change in one transaction: locks the organisation and checks `dns:write` (owners, admins,
 * platform admins), checks the flag, and counts one write against DNS_WRITES_PER_MINUTE (a change that fails
 * rolls its count back with it). `rateLimit: false` is for previews that change nothing.
 */
export async function changeDns<T>(
  ctx: RequestContext,
  organisationId: string,
  options: { notFound: string; rateLimit?: boolean },
  run: (tx: Db, organisation: OrganisationRow) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction(async (tx) => {
    const { organisation } = await lockForChange(tx, ctx, "dns:write", organisationId, { notFound: options.notFound });
    await assertFeatureEnabled(ctx, "dns", organisation.id, tx);
    if (options.rateLimit !== false) {
      const { writesPerMinute } = ctx.config.dns;
      const hit = await consumeRateLimit(tx, `dns-writes:${organisation.id}`, { limit: writesPerMinute, windowSeconds: 60 });
      if (!hit.allowed) {
        throw rateLimited(
          hit.retryAfterSeconds,
          `This organisation may make ${writesPerMinute} DNS changes a minute. Try again in ${hit.retryAfterSeconds} seconds.`,
        );
      }
    }
    return run(tx, organisation);
  });
}

/** The zone (unlocked, through the loader) for finding whose it is; not found for a bad id or another organisation's. */
export async function zoneOf(ctx: RequestContext, zoneId: unknown, organisationId?: string): Promise<DnsZoneRow> {
  const zone = isUuid(zoneId) ? await dnsLoaders(ctx).zoneById.load(zoneId) : null;
  if (!zone || (organisationId !== undefined && zone.organisationId !== organisationId)) throw notFound(ZONE);
  return zone;
}

/** The organisation a zone belongs to, when the caller named only the zone (GraphQL); read before any lock. */
export async function organisationOfZone(ctx: RequestContext, zoneId: unknown, organisationId?: string): Promise<string> {
  if (organisationId !== undefined) return organisationId;
  return (await zoneOf(ctx, zoneId)).organisationId;
}

/** The zone and organisation a record belongs to, when the caller named only the record (GraphQL). */
export async function scopeOfRecord(
  ctx: RequestContext,
  recordId: unknown,
  given: { zoneId?: string; organisationId?: string },
): Promise<{ zoneId: string; organisationId: string }> {
  if (given.zoneId !== undefined && given.organisationId !== undefined) {
    return { zoneId: given.zoneId, organisationId: given.organisationId };
  }
  const record: DnsRecordRow | null = isUuid(recordId) ? await dnsLoaders(ctx).recordById.load(recordId) : null;
  if (!record || (given.zoneId !== undefined && record.zoneId !== given.zoneId)) throw notFound(RECORD);
  const zone = await dnsLoaders(ctx).zoneById.load(record.zoneId);
  if (!zone || (given.organisationId !== undefined && zone.organisationId !== given.organisationId)) throw notFound(RECORD);
  return { zoneId: zone.id, organisationId: zone.organisationId };
}
