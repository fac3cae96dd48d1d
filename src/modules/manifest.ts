/**
 * What a domain plugs into Guildhall. A module's folder also holds what is found by name rather than
 * listed: its tables (`tables.ts`, for drizzle-kit), its GraphQL models (`models.ts`, for codegen) and
 * its SDL (`schema/<domain>.graphql`). Its loaders are declared with `defineLoaders` and made per request.
 */
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../context.ts";
import type { Resolvers } from "../graphql/generated/resolvers-types.ts";

export type ModuleManifest = {
  name: string;
  /** Merged into the one resolver map the schema is built from. */
  resolvers?: Resolvers[];
  /** Registers the module's REST endpoints under /api. */
  routes?: (api: FastifyInstance) => void;
  /** Registers endpoints outside /api (e.g. the avatar images under /avatars). */
  publicRoutes?: (server: FastifyInstance, deps: AppDeps) => void;
  /** Runs once at start, after migrations (e.g. writing settings other programs read from the database). */
  start?: (deps: AppDeps) => Promise<void>;
};
