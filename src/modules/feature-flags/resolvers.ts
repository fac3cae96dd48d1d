import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { enabledFeatures, listFeatureFlags, setFeatureFlag } from "./service.ts";

export const featureFlagResolvers: Resolvers = {
  Query: {
    featureFlags: (_parent, _args, ctx) => listFeatureFlags(ctx),
  },
  Mutation: {
    setFeatureFlag: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const featureFlag = await setFeatureFlag(ctx, input);
        // A platform admin's change: the organisation (its `enabledFeatures`) comes back when one was named.
        return { featureFlag, organisation: input.organisationId ? await organisationLoaders(ctx).byId.load(input.organisationId) : null };
      }),
  },
  FeatureFlagOverride: {
    organisation: async (override, _args, ctx) => (await organisationLoaders(ctx).byId.load(override.organisationId))!,
  },
  Organisation: {
    enabledFeatures: (organisation, _args, ctx) => enabledFeatures(ctx, organisation.id),
  },
};
