/** /api/organisations: the organisations core, members list and activity log. */
import type { FastifyInstance } from "fastify";
import type { PortalTier } from "./tables.ts";
import { toCursorList } from "../../lib/pagination.ts";
import { activityPageRequest, canSeeActivityAddresses, listActivity } from "../activity/service.ts";
import { activityPageWithSession } from "../activity/loaders.ts";
import { listMembers, memberPageRequest } from "../members/service.ts";
import { memberPageWithSession, type SessionPageRead } from "../members/loaders.ts";
import {
  createOrganisation,
  deleteOrganisation,
  getOrganisation,
  handleAvailability,
  pageMyOrganisations,
  updateOrganisation,
  withViewerRoleAndCount,
} from "./service.ts";
import { portalTierList } from "./tiers.ts";
import { presentActivityEntry } from "../activity/presenters.ts";
import { presentMember } from "../members/presenters.ts";
import { presentOrganisation } from "./presenters.ts";
import { body, idParams, str } from "../../rest/schemas.ts";
import { listArgs, listQuery, sendList, type ListQuery } from "../../rest/lists.ts";

type IdParams = { Params: { id: string } };
type ActivityQuery = { limit?: string; cursor?: string; action?: string };

const activityArgs = ({ limit, cursor, action }: ActivityQuery) => ({ first: limit === undefined ? null : Number(limit), after: cursor, action });

/** A list's page read with the session (rest/index.ts), or none when the query asks for no valid page: the service then says what is wrong. */
function pageWithSession(read: () => SessionPageRead): SessionPageRead | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

export function registerOrganisationRoutes(api: FastifyInstance) {
  api.get("/portal-tiers", async () => portalTierList());

  api.get<{ Querystring: ListQuery & { checkHandle?: string } }>(
    "/organisations",
    { schema: { querystring: { type: "object", properties: { ...listQuery.properties, checkHandle: str } } } },
    async (request, reply) => {
      const ctx = request.ctx;
      if (request.query.checkHandle !== undefined) return handleAvailability(ctx, request.query.checkHandle);
      const page = await pageMyOrganisations(ctx, listArgs(request.query));
      const items = await Promise.all(
        page.rows.map(async ({ organisation }) => {
          const { orgRole, memberCount } = await withViewerRoleAndCount(ctx, organisation);
          return presentOrganisation(organisation, ctx.config, { orgRole, memberCount });
        }),
      );
      return sendList(request, reply, page, items);
    },
  );

  api.post<{ Body: { name: string; handle: string } }>(
    "/organisations",
    { schema: { body: body({ name: str, handle: str }, ["name", "handle"]) } },
    async (request, reply) => {
      const organisation = await createOrganisation(request.ctx, request.body);
      return reply.code(201).send(presentOrganisation(organisation, request.ctx.config, { orgRole: "owner", memberCount: 1 }));
    },
  );

  api.get<IdParams>("/organisations/:id", { schema: { params: idParams } }, async (request) => {
    const organisation = await getOrganisation(request.ctx, request.params.id);
    const { orgRole, memberCount } = await withViewerRoleAndCount(request.ctx, organisation);
    return presentOrganisation(organisation, request.ctx.config, { orgRole, memberCount });
  });

  api.route<IdParams & { Body: { name?: string; portalTier?: PortalTier } }>({
    method: ["PUT", "PATCH"],
    url: "/organisations/:id",
    schema: { params: idParams, body: body({ name: str, portalTier: str }) },
    async handler(request) {
      const organisation = await updateOrganisation(request.ctx, { id: request.params.id, ...request.body });
      const { orgRole, memberCount } = await withViewerRoleAndCount(request.ctx, organisation);
      return presentOrganisation(organisation, request.ctx.config, { orgRole, memberCount });
    },
  });

  api.delete<IdParams>("/organisations/:id", { schema: { params: idParams } }, async (request, reply) => {
    await deleteOrganisation(request.ctx, request.params.id);
    return reply.code(204).send();
  });

  api.get<IdParams & { Querystring: ListQuery }>(
    "/organisations/:id/users",
    {
      schema: { params: idParams, querystring: listQuery },
      config: { pageWithSession: (request) => pageWithSession(() => memberPageWithSession(memberPageRequest(listArgs(request.query as ListQuery)))) },
    },
    async (request, reply) => {
      const { page, members } = await listMembers(request.ctx, request.params.id, listArgs(request.query));
      return sendList(request, reply, page, members.map(presentMember));
    },
  );

  api.get<IdParams & { Querystring: ActivityQuery }>(
    "/organisations/:id/activity",
    {
      schema: {
        params: idParams,
        querystring: { type: "object", properties: { limit: str, cursor: str, action: str } },
      },
      config: { pageWithSession: (request) => pageWithSession(() => activityPageWithSession(activityPageRequest(activityArgs(request.query as ActivityQuery)))) },
    },
    async (request) => {
      const { page } = await listActivity(request.ctx, { organisationId: request.params.id, ...activityArgs(request.query) });
      const showAddress = await canSeeActivityAddresses(request.ctx, request.params.id);
      return toCursorList(page, (entry) => presentActivityEntry(entry, showAddress));
    },
  );
}
