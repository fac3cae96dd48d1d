/** /api/auth/verify-email: confirming an account's address with the emailed token, and asking for a new link. */
import type { FastifyInstance } from "fastify";
import { resendVerificationEmail, verifyEmail } from "./verification.ts";
import { presentUser } from "./presenters.ts";
import { body, str } from "../../rest/schemas.ts";

export function registerEmailVerificationRoutes(api: FastifyInstance) {
  api.post<{ Body: { token: string } }>(
    "/auth/verify-email",
    { schema: { body: body({ token: str }, ["token"]) } },
    async (request) => ({ user: presentUser(await verifyEmail(request.ctx, request.body)) }),
  );

  api.post("/auth/verify-email/resend", async (request, reply) => {
    await resendVerificationEmail(request.ctx);
    return reply.code(202).send({ sent: true });
  });
}
