/** Reading an organisation's members. (Changing them is the membership lifecycle's work.) */
import { assertCan } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import { membersWithUsers } from "./queries.ts";

/** Members and platform admins: every member with their account, in join order. */
export async function listMembers(ctx: RequestContext, organisationId: string) {
  await assertCan(ctx, "member:list", organisationId);
  return membersWithUsers(ctx.db, organisationId);
}

/**
 * A page of members, for an organisation the caller has already been allowed to read (a field of
 * `Organisation`, reached only through `getOrganisation` or the viewer's own list).
 */
export async function pageMembers(ctx: RequestContext, organisationId: string, args: PageArgs) {
  const { first, afterId } = pageRequest(args, { defaultSize: 50, max: 100 });
  const rows = await ctx.loaders.members.pageByOrganisation.load({ parentId: organisationId, first, afterId });
  return { page: toPage(rows, first), totalCount: () => ctx.loaders.members.countByOrganisation.load(organisationId) };
}
