/** /api/organisations/.../invite(s): invitations, sent by owners and admins and answered by invitees. */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { InviteRow, InviteStatus } from "./tables.ts";
import { toCursorList } from "../../lib/pagination.ts";
import { acceptInvite, rejectInvite } from "./answering.ts";
import { effectiveStatus, inviteDelivery, listMyInvites, listOrganisationInvites, type InviteDetails } from "./reading.ts";
import { inviteMember, resendInvite, revokeInvite } from "./sending.ts";
import { withViewerRoleAndCount } from "../organisations/service.ts";
import { presentInvite } from "./presenters.ts";
import { presentOrganisation } from "../organisations/presenters.ts";
import { body, idParams, nullableStr, str } from "../../rest/schemas.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";

type IdParams = { Params: { id: string } };
type InviteParams = { Params: { id: string; inviteId: string } };
const inviteParams = { type: "object", properties: { id: str, inviteId: str }, required: ["id", "inviteId"] } as const;
const inviteIdParams = { type: "object", properties: { inviteId: str }, required: ["inviteId"] } as const;

/** An invite a service just returned, as JSON, with what the caller may see of its delivery. */
async function present(ctx: RequestContext, { invite, organisation, invitedBy }: InviteDetails) {
  return presentInvite(invite, ctx.config, { status: effectiveStatus(invite), invitedBy, organisation, delivery: await inviteDelivery(ctx, invite) });
}

/** A listed invite as JSON: its organisation and inviter come through the loaders, batched across the list. */
async function describeInvite(ctx: RequestContext, invite: InviteRow) {
  const [invitedBy, organisation] = await Promise.all([
    invite.invitedById ? userLoaders(ctx).byId.load(invite.invitedById) : null,
    organisationLoaders(ctx).byId.load(invite.organisationId),
  ]);
  return present(ctx, { invite, organisation: organisation!, invitedBy });
}

export function registerInviteRoutes(api: FastifyInstance) {
  api.post<IdParams & { Body: { email: string; role?: string | null } }>(
    "/organisations/:id/invite",
    { schema: { params: idParams, body: body({ email: str, role: nullableStr }, ["email"]) } },
    async (request, reply) => {
      const details = await inviteMember(request.ctx, { organisationId: request.params.id, ...request.body });
      return reply.code(201).send(await present(request.ctx, details));
    },
  );

  api.get<IdParams & { Querystring: { limit?: string; cursor?: string; status?: InviteStatus } }>(
    "/organisations/:id/invites",
    { schema: { params: idParams, querystring: { type: "object", properties: { limit: str, cursor: str, status: str } } } },
    async (request) => {
      const { limit, cursor, status } = request.query;
      const page = await listOrganisationInvites(
        request.ctx,
        { organisationId: request.params.id, first: limit === undefined ? null : Number(limit), after: cursor, status },
      );
      const items = await Promise.all(page.rows.map((invite) => describeInvite(request.ctx, invite)));
      const { nextCursor } = toCursorList(page, (invite) => invite);
      return { items, nextCursor };
    },
  );

  api.post<InviteParams>("/organisations/:id/invite/:inviteId/resend", { schema: { params: inviteParams } }, async (request) => {
    return present(request.ctx, await resendInvite(request.ctx, { organisationId: request.params.id, inviteId: request.params.inviteId }));
  });

  api.delete<InviteParams>("/organisations/:id/invite/:inviteId", { schema: { params: inviteParams } }, async (request, reply) => {
    await revokeInvite(request.ctx, { organisationId: request.params.id, inviteId: request.params.inviteId });
    return reply.code(204).send();
  });

  api.get("/organisations/invites", async (request) => {
    const mine = await listMyInvites(request.ctx);
    return Promise.all(mine.map(({ invite }) => describeInvite(request.ctx, invite)));
  });

  const accepted = async (ctx: RequestContext, input: { inviteId?: string; token?: string }) => {
    const { organisation } = await acceptInvite(ctx, input);
    const { orgRole, memberCount } = await withViewerRoleAndCount(ctx, organisation);
    return presentOrganisation(organisation, ctx.config, { orgRole, memberCount });
  };

  api.post<{ Params: { inviteId: string } }>(
    "/organisations/invites/:inviteId/accept",
    { schema: { params: inviteIdParams } },
    async (request) => accepted(request.ctx, { inviteId: request.params.inviteId }),
  );

  api.post<{ Body: { token: string } }>(
    "/organisations/accept-invite",
    { schema: { body: body({ token: str }, ["token"]) } },
    async (request) => accepted(request.ctx, { token: request.body.token }),
  );

  api.post<{ Params: { inviteId: string } }>(
    "/organisations/invites/:inviteId/reject",
    { schema: { params: inviteIdParams } },
    async (request) => present(request.ctx, await rejectInvite(request.ctx, { inviteId: request.params.inviteId })),
  );
}
