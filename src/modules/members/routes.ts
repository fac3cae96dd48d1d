/** /api/organisations/:id/{add-user,users/:userId,leave}: changing an organisation's members. */
import type { FastifyInstance } from "fastify";
import { addMember, leaveOrganisation, removeMember, setMemberRole } from "./service.ts";
import { presentMember } from "./presenters.ts";
import { body, idParams, nullableStr, str } from "../../rest/schemas.ts";
import { userLoaders } from "../users/loaders.ts";

type IdParams = { Params: { id: string } };
type MemberParams = { Params: { id: string; userId: string } };
const memberParams = { type: "object", properties: { id: str, userId: str }, required: ["id", "userId"] } as const;

export function registerMemberRoutes(api: FastifyInstance) {
  api.post<IdParams & { Body: { userId?: string | null; email?: string | null; orgRole?: string | null } }>(
    "/organisations/:id/add-user",
    { schema: { params: idParams, body: body({ userId: nullableStr, email: nullableStr, orgRole: nullableStr }) } },
    async (request, reply) => {
      const { userId, email, orgRole } = request.body;
      const added = await addMember(request.ctx, { organisationId: request.params.id, userId, email, role: orgRole });
      return reply.code(201).send(presentMember(added));
    },
  );

  api.route<MemberParams & { Body: { orgRole: string } }>({
    method: ["POST", "PUT"],
    url: "/organisations/:id/users/:userId/role",
    schema: { params: memberParams, body: body({ orgRole: str }, ["orgRole"]) },
    async handler(request) {
      const { membership } = await setMemberRole(request.ctx, {
        organisationId: request.params.id,
        userId: request.params.userId,
        role: request.body.orgRole,
      });
      const user = (await userLoaders(request.ctx).byId.load(membership.userId))!;
      return presentMember({ membership, user });
    },
  });

  api.post<IdParams>("/organisations/:id/leave", { schema: { params: idParams } }, async (request, reply) => {
    await leaveOrganisation(request.ctx, request.params.id);
    return reply.code(204).send();
  });

  api.delete<MemberParams>("/organisations/:id/users/:userId", { schema: { params: memberParams } }, async (request, reply) => {
    await removeMember(request.ctx, { organisationId: request.params.id, userId: request.params.userId });
    return reply.code(204).send();
  });
}
