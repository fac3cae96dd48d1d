/**
 * The one way to write to the activity log. Call it with the transaction that makes the change, so the
 * entry exists exactly when the change does, and is announced to subscribers (activityAdded, and the
 * organisationUpdated and membershipChanged derived from its action) exactly when the change commits.
 */
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { publish } from "../../events/events.ts";
import { insertActivityEntry } from "./queries.ts";

export type ActivityEvent = {
  organisationId: string;
  /** `noun.verb_past`, e.g. `organisation.renamed`, `member.removed`. */
  action: string;
  targetType?: string;
  targetId?: string;
  metadata?: Record<string, unknown>;
};

export async function recordActivity(tx: Db, ctx: Pick<RequestContext, "viewer" | "ip">, event: ActivityEvent) {
  const entry = await insertActivityEntry(tx, {
    organisationId: event.organisationId,
    actorId: ctx.viewer?.user.id ?? null,
    action: event.action,
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    metadata: event.metadata ?? {},
    ip: ctx.ip,
  });
  await publish(tx, { kind: "activity", organisationId: event.organisationId, activityId: entry.id, action: event.action });
}
