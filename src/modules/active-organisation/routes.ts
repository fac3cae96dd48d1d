/** The viewer's active organisation: select it, clear it. (GET /api/auth/session shows it.) */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import type { UserRow } from "../users/tables.ts";
import { activeOrganisationOf, clearActiveOrganisation, selectOrganisation } from "./service.ts";
import { presentOrganisation } from "../organisations/presenters.ts";
import { idParams } from "../../rest/schemas.ts";

/** `{ activeOrganisation }`: the organisation's JSON, or null. */
export async function presentActiveOrganisation(ctx: RequestContext, user: UserRow) {
  const organisation = await activeOrganisationOf(ctx, user);
  return { activeOrganisation: organisation ? presentOrganisation(organisation, ctx.config) : null };
}

export function registerActiveOrganisationRoutes(api: FastifyInstance) {
  api.post<{ Params: { id: string } }>("/organisations/:id/select", { schema: { params: idParams } }, async (request) =>
    presentActiveOrganisation(request.ctx, await selectOrganisation(request.ctx, request.params.id)),
  );

  api.post("/organisations/deselect", async (request) =>
    presentActiveOrganisation(request.ctx, await clearActiveOrganisation(request.ctx)),
  );
}
