import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { resendVerificationEmail, verifyEmail } from "./verification.ts";

export const emailVerificationResolvers: Resolvers = {
  Mutation: {
    verifyEmail: async (_parent, { input }, ctx) => {
      const payload = await mutationPayload(async () => {
        const user = await verifyEmail(ctx, input);
        // The account as the viewer's own only when the request is signed in as it: a token holder may be anyone.
        return { user, viewer: ctx.viewer?.user.id === user.id ? user : null };
      });
      return { ...payload, emailVerified: Boolean(payload.user) };
    },
    resendVerificationEmail: async (_parent, _args, ctx) => {
      const payload = await mutationPayload(async () => {
        await resendVerificationEmail(ctx);
        return { sent: true };
      });
      return { ...payload, sent: payload.sent ?? false };
    },
  },
};
