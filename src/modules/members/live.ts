/** membershipChanged: an organisation's memberships as they start, change and end, derived from its activity. */
import { authorize } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import { MEMBERSHIP_ACTIONS, organisationTopic } from "../../events/events.ts";
import { liveEvents } from "../../events/live.ts";
import { activityLoaders } from "../activity/loaders.ts";
import type { ActivityEntryRow } from "../activity/tables.ts";
import type { MembershipChange } from "./models.ts";

/** Members and platform admins: each change to the organisation's memberships, checked again each time. */
export function watchMemberships(ctx: RequestContext, organisationId: string) {
  return liveEvents<MembershipChange>(ctx, {
    topic: organisationTopic(organisationId),
    authorize: (ctx) => authorize(ctx, "member:list", organisationId),
    select: async (event, ctx) => {
      if (event.kind !== "activity" || !MEMBERSHIP_ACTIONS.has(event.action)) return null;
      const activity = await activityLoaders(ctx).byId.load(event.activityId);
      return activity ? { activity, userIds: usersConcerned(activity) } : null;
    },
  });
}

/** Whose membership the recorded change concerns: the joiner, leaver or target; for a transfer, both owners. */
function usersConcerned(entry: ActivityEntryRow): string[] {
  const metadata = entry.metadata as { userId?: string; from?: string };
  if (entry.action === "invite.accepted") return [metadata.userId!];
  if (entry.action === "organisation.ownership_transferred") return [entry.targetId!, metadata.from!];
  return [entry.targetId!];
}
