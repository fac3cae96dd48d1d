/** Reading an organisation's activity log. */
import { authorize, viewerCan } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import { invalidInput } from "../../errors.ts";
import { organisationTopic } from "../../events/events.ts";
import { liveEvents } from "../../events/live.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { activityLoaders, activityPageKey } from "./loaders.ts";
import type { ActivityEntryRow } from "./tables.ts";
import type { ActivityPageShape } from "./queries.ts";

export const ACTIVITY_PAGE = { defaultSize: 50, max: 200 };

export type ListActivityInput = PageArgs & { organisationId: string; action?: string | null };

/** The page a request for the log asks for; invalid input is a 400 (INVALID_INPUT). */
export function activityPageRequest(input: PageArgs & { action?: string | null }): ActivityPageShape {
  const { first, afterId } = pageRequest(input, ACTIVITY_PAGE);
  const action = input.action?.trim() || null;
  if (action && action.length > 100) throw invalidInput("action may have at most 100 characters.", "action");
  return { first, afterId, action };
}

/** Members (and platform admins): a page of the organisation's activity, newest first. */
export async function listActivity(ctx: RequestContext, input: ListActivityInput) {
  await authorize(ctx, "activity:read", input.organisationId);
  const shape = activityPageRequest(input);
  const { first, action } = shape;
  const rows = await activityLoaders(ctx).pageByOrganisation.load(activityPageKey(input.organisationId, shape));
  return {
    page: toPage(rows, first),
    totalCount: () => activityLoaders(ctx).countByOrganisation.load({ organisationId: input.organisationId, action }),
  };
}

/** Whether the viewer may see client addresses in the log: owners, admins and platform admins. */
export function canSeeActivityAddresses(ctx: RequestContext, organisationId: string): boolean | Promise<boolean> {
  return viewerCan(ctx, "activity:see-addresses", organisationId);
}

/** An entry's client address if the viewer may see it, else null: at once when their membership is already read. */
export function visibleAddress(ctx: RequestContext, entry: ActivityEntryRow): string | null | Promise<string | null> {
  const allowed = canSeeActivityAddresses(ctx, entry.organisationId);
  return typeof allowed === "boolean" ? (allowed ? entry.ip : null) : allowed.then((yes) => (yes ? entry.ip : null));
}

/** Members (and platform admins): each entry as it is recorded, each checked again as it comes. */
export function watchActivity(ctx: RequestContext, organisationId: string) {
  return liveEvents(ctx, {
    topic: organisationTopic(organisationId),
    authorize: (ctx) => authorize(ctx, "activity:read", organisationId),
    select: (event, ctx) => (event.kind === "activity" ? activityLoaders(ctx).byId.load(event.activityId) : null),
  });
}
