/**
 * What this domain's GraphQL types are backed by at run time: the parent value their field resolvers
 * receive. codegen.ts maps each SDL type onto the export of the same name.
 */
import type { FeatureFlagState } from "./service.ts";

export type FeatureFlag = FeatureFlagState;
export type FeatureFlagOverride = FeatureFlagState["overrides"][number];
