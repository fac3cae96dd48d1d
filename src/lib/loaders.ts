/**
 * Per-request DataLoaders. Each domain declares its loaders once with `defineLoaders`; a request's
 * instances are made on first use and live as long as the request (never shared between requests, so
 * one viewer's reads can never be served to another). The context holds only this registry, so it
 * depends on no domain, and a domain's loaders are reached through its own module:
 * `organisationLoaders(ctx).byId.load(id)`.
 */
import type { Db } from "../db/client.ts";

/** Makes a domain's loaders for one request; `loaders` lets a batch prime another domain's loaders with rows it read too. */
export type LoaderFactory<T> = (db: Db, loaders: RequestLoaders) => T;

export class RequestLoaders {
  readonly #made = new Map<LoaderFactory<unknown>, unknown>();

  constructor(private readonly db: Db) {}

  /** This request's instance of a domain's loaders, made on first use. */
  of<T>(factory: LoaderFactory<T>): T {
    let loaders = this.#made.get(factory) as T | undefined;
    if (loaders === undefined) {
      loaders = factory(this.db, this);
      this.#made.set(factory, loaders);
    }
    return loaders;
  }
}

/** Declares a domain's loaders; the function it returns gives a request's instances. */
export function defineLoaders<T>(factory: LoaderFactory<T>): (ctx: { loaders: RequestLoaders }) => T {
  return (ctx) => ctx.loaders.of(factory);
}
