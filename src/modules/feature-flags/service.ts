/**
 * Feature flags: a global value per flag (a missing row means FEATURES decides) and optional
 * per-organisation overrides, kept in the database so every Guildhall process sees a change at once.
 * Platform admins list and set them; an override change is recorded in the organisation's activity, a
 * global one in the server log.
 */
import { authorizePlatform } from "../../auth/policy.ts";
import { requireViewer } from "../../auth/viewer.ts";
import type { RequestContext } from "../../context.ts";
import type { Db } from "../../db/client.ts";
import { featureDisabled, invalidInput, notFound } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { recordActivity } from "../activity/record.ts";
import { lockOrganisation } from "../organisations/queries.ts";
import { featureFlagLoaders, type FlagValues } from "./loaders.ts";
import {
  deleteOrganisationFlag,
  flagValuesFor,
  globalFlags,
  lockGlobalFlag,
  lockOrganisationFlag,
  organisationOverrides,
  upsertGlobalFlag,
  upsertOrganisationFlag,
} from "./queries.ts";

/** Every flag Guildhall knows; a name outside this list is a typo, refused rather than stored. */
export const FEATURE_FLAGS = ["dns"] as const;
export type FeatureFlagName = (typeof FEATURE_FLAGS)[number];

const effective = (values: FlagValues, fromConfig: boolean) => values.override ?? values.global ?? fromConfig;

/**
 * Whether `flag` is on for the organisation: its override, else the global value, else FEATURES. Inside a
 * transaction pass `tx`: the flag is then read there (on PGlite the request's loaders, which read through
 * ctx.db, would wait for the transaction's connection forever).
 */
export async function isFeatureEnabled(ctx: RequestContext, flag: FeatureFlagName, organisationId: string, tx?: Db): Promise<boolean> {
  const values = tx
    ? ((await flagValuesFor(tx, flag, [organisationId]))[0] ?? { override: null, global: null })
    : await featureFlagLoaders(ctx).values.load({ name: flag, organisationId });
  return effective(values, ctx.config.features.has(flag));
}

/** Throws FEATURE_DISABLED unless `flag` is on for the organisation. Call it after the policy check (with `tx` inside a transaction). */
export async function assertFeatureEnabled(ctx: RequestContext, flag: FeatureFlagName, organisationId: string, tx?: Db): Promise<void> {
  if (!(await isFeatureEnabled(ctx, flag, organisationId, tx))) throw featureDisabled(flag);
}

export type FeatureFlagState = {
  name: FeatureFlagName;
  /** The global value: the stored one, else FEATURES. */
  enabled: boolean;
  /** Whether the global value comes from the database (true) or from FEATURES (false). */
  stored: boolean;
  overrides: { organisationId: string; enabled: boolean; updatedAt: Date }[];
};

/** Platform admins: every flag with its global value and its organisation overrides. */
export async function listFeatureFlags(ctx: RequestContext): Promise<FeatureFlagState[]> {
  authorizePlatform(ctx, "feature-flag:manage");
  const [globals, overrides] = await Promise.all([globalFlags(ctx.db), organisationOverrides(ctx.db, [...FEATURE_FLAGS])]);
  return FEATURE_FLAGS.map((name) => {
    const stored = globals.find((row) => row.name === name);
    return {
      name,
      enabled: stored?.enabled ?? ctx.config.features.has(name),
      stored: Boolean(stored),
      overrides: overrides
        .filter((row) => row.name === name)
        .map((row) => ({ organisationId: row.organisationId, enabled: row.enabled, updatedAt: row.updatedAt })),
    };
  });
}

function checkFlagName(raw: unknown): FeatureFlagName {
  if (typeof raw === "string" && (FEATURE_FLAGS as readonly string[]).includes(raw)) return raw as FeatureFlagName;
  throw invalidInput(`name must be one of ${FEATURE_FLAGS.join(", ")}.`, "name");
}

export type SetFeatureFlagInput = { name: unknown; enabled?: unknown; organisationId?: unknown };

/**
 * Platform admins: sets a flag globally, or for one organisation with `organisationId` (`enabled: null`
 * there removes the override, so the global value applies again). Returns the flag's new state.
 */
export async function setFeatureFlag(ctx: RequestContext, input: SetFeatureFlagInput): Promise<FeatureFlagState> {
  authorizePlatform(ctx, "feature-flag:manage");
  const viewer = requireViewer(ctx);
  const name = checkFlagName(input.name);
  const forOrganisation = input.organisationId !== undefined && input.organisationId !== null;
  const enabled = input.enabled ?? null;
  if (enabled !== null && typeof enabled !== "boolean") throw invalidInput("enabled must be true or false.", "enabled");
  if (enabled === null && !forOrganisation) throw invalidInput("enabled must be true or false.", "enabled");

  await ctx.db.transaction(async (tx) => {
    if (!forOrganisation) {
      const before = await lockGlobalFlag(tx, name);
      await upsertGlobalFlag(tx, { name, enabled: enabled as boolean, updatedById: viewer.user.id });
      ctx.log.info(
        { flag: name, from: before?.enabled ?? ctx.config.features.has(name), to: enabled, actorId: viewer.user.id },
        "feature flag changed",
      );
      return;
    }
    const organisationId = input.organisationId;
    const organisation = isUuid(organisationId) ? await lockOrganisation(tx, organisationId) : null;
    if (!organisation) throw notFound("Organisation");
    const before = await lockOrganisationFlag(tx, organisation.id, name);
    if (enabled === null) await deleteOrganisationFlag(tx, organisation.id, name);
    else await upsertOrganisationFlag(tx, { organisationId: organisation.id, name, enabled, updatedById: viewer.user.id });
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "feature_flag.changed",
      targetType: "feature_flag",
      targetId: name,
      metadata: { name, before: before?.enabled ?? null, after: enabled },
    });
  });
  return (await listFeatureFlags(ctx)).find((flag) => flag.name === name)!;
}

/** The flags on for an organisation, for a member to see (its read is already authorized by the caller). */
export async function enabledFeatures(ctx: RequestContext, organisationId: string): Promise<FeatureFlagName[]> {
  const states = await Promise.all(FEATURE_FLAGS.map(async (name) => [name, await isFeatureEnabled(ctx, name, organisationId)] as const));
  return states.filter(([, on]) => on).map(([name]) => name);
}
