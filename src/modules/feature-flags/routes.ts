/** /api/admin/feature-flags: platform admins list and set feature flags. */
import type { FastifyInstance } from "fastify";
import { body, str } from "../../rest/schemas.ts";
import { listFeatureFlags, setFeatureFlag, type FeatureFlagState } from "./service.ts";
import { isoDateTime } from "../../lib/dates.ts";

const present = (flag: FeatureFlagState) => ({
  name: flag.name,
  enabled: flag.enabled,
  stored: flag.stored,
  overrides: flag.overrides.map((override) => ({ ...override, updatedAt: isoDateTime(override.updatedAt) })),
});

export function registerFeatureFlagRoutes(api: FastifyInstance) {
  api.get("/admin/feature-flags", async (request) => (await listFeatureFlags(request.ctx)).map(present));

  api.put<{ Params: { name: string }; Body: { enabled: boolean | null; organisationId?: string | null } }>(
    "/admin/feature-flags/:name",
    {
      schema: {
        params: { type: "object", properties: { name: str }, required: ["name"] },
        body: body({ enabled: { type: ["boolean", "null"] }, organisationId: { type: ["string", "null"] } }, ["enabled"]),
      },
    },
    async (request) => present(await setFeatureFlag(request.ctx, { name: request.params.name, ...request.body })),
  );
}
