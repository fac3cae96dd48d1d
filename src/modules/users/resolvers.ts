import { credentialsRejected } from "../../errors.ts";
import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { listMyOrganisations } from "../organisations/service.ts";
import { login, logout, register } from "./service.ts";
import { userCreatedAt } from "./loaders.ts";

export const userResolvers: Resolvers = {
  PlatformRole: { USER: "user", ADMIN: "admin" },
  Query: {
    // A bad token is an error here (the client should drop it), not the null of an anonymous request.
    viewer: (_parent, _args, ctx) => {
      if (ctx.credentialsRejected) throw credentialsRejected();
      return ctx.viewer?.user ?? null;
    },
  },
  Mutation: {
    register: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { user, token } = await register(ctx, input);
        return { viewer: user, token };
      }),
    login: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { user, token } = await login(ctx, input);
        return { viewer: user, token };
      }),
    logout: async (_parent, _args, ctx) => {
      await logout(ctx);
      return { loggedOut: true, userErrors: [] };
    },
  },
  User: {
    // A list reads its users without it (tables.ts, ListedUser): asked for there, it is read for the whole list at once.
    createdAt: (user, _args, ctx) => userCreatedAt(ctx, user),
  },
  Viewer: {
    user: (user) => user,
    emailVerified: (user) => user.emailVerifiedAt !== null,
    organisations: async (_user, _args, ctx) => (await listMyOrganisations(ctx)).map((row) => row.organisation),
  },
};
