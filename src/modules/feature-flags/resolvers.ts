import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { enabledFeatures, listFeatureFlags, setFeatureFlag } from "./service.ts";

export const featureFlagResolvers: Resolvers = {
  Query: {
    featureFlags: (_parent, _args, ctx) => listFeatureFlags(ctx),
  },
  Mutation: {
    setFeatureFlag: (_parent, { input }, ctx) => mutationPayload(async () => ({ featureFlag: await setFeatureFlag(ctx, input) })),
  },
  FeatureFlagOverride: {
    organisation: async (override, _args, ctx) => (await organisationLoaders(ctx).byId.load(override.organisationId))!,
  },
  Organisation: {
    enabledFeatures: (organisation, _args, ctx) => enabledFeatures(ctx, organisation.id),
  },
};
