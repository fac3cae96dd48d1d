/** /api/auth: register, log in, log out, the current session. */
import type { FastifyInstance } from "fastify";
import { currentUser, login, logout, register } from "./service.ts";
import { presentActiveOrganisation } from "../active-organisation/routes.ts";
import { presentUser } from "./presenters.ts";
import { body, nullableStr, str } from "../../rest/schemas.ts";

type Credentials = { email: string; password: string };

export function registerAuthRoutes(api: FastifyInstance) {
  api.post<{ Body: Credentials & { firstName?: string | null; lastName?: string | null } }>(
    "/auth/register",
    { schema: { body: body({ email: str, password: str, firstName: nullableStr, lastName: nullableStr }, ["email", "password"]) } },
    async (request, reply) => {
      const { user, token } = await register(request.ctx, request.body);
      return reply.code(201).send({ user: presentUser(user), token });
    },
  );

  api.post<{ Body: Credentials }>(
    "/auth/login",
    { schema: { body: body({ email: str, password: str }, ["email", "password"]) } },
    async (request) => {
      const { user, token } = await login(request.ctx, request.body);
      return { user: presentUser(user), token };
    },
  );

  api.post("/auth/logout", async (request, reply) => {
    await logout(request.ctx);
    return reply.code(204).send();
  });

  api.get("/auth/session", async (request) => {
    const user = currentUser(request.ctx);
    return { user: presentUser(user), ...(await presentActiveOrganisation(request.ctx, user)) };
  });
}
