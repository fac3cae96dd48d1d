/** Helpers for DataLoader batch functions: results in key order, `null` (or a default) for a miss. */
import DataLoader from "dataloader";

export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

/** A loader of one row per id. */
export function rowLoader<V>(fetch: (ids: string[]) => Promise<V[]>, idOf: (row: V) => string) {
  return new DataLoader<string, V | null>(async (ids) => byKey(ids, await fetch([...ids]), idOf));
}

/**
 * A loader of pages of child rows per parent, for keys `{ parentId, first, afterId, ...filters }`.
 * Keys asking for the same page shape share one query, so a list of N parents costs one statement.
 */
export function pageLoader<K extends { parentId: string; first: number; afterId: string | null }, V>(
  fetch: (parentIds: string[], shape: Omit<K, "parentId">) => Promise<V[]>,
  parentOf: (row: V) => string,
) {
  return new DataLoader<K, V[], string>(
    async (keys) => {
      const groups = new Map<string, { shape: Omit<K, "parentId">; parentIds: string[] }>();
      for (const { parentId, ...shape } of keys) {
        const id = JSON.stringify(shape);
        const group = groups.get(id) ?? { shape, parentIds: [] };
        group.parentIds.push(parentId);
        groups.set(id, group);
      }
      // Pages by shape, then by parent (one map per shape: no key string made per row).
      const results = new Map<string, Map<string, V[]>>();
      for (const [groupId, { shape, parentIds }] of groups) {
        const pages = new Map<string, V[]>();
        results.set(groupId, pages);
        for (const row of await fetch(parentIds, shape)) {
          const parentId = parentOf(row);
          const page = pages.get(parentId);
          if (page) page.push(row);
          else pages.set(parentId, [row]);
        }
      }
      return keys.map(({ parentId, ...shape }) => results.get(JSON.stringify(shape))?.get(parentId) ?? []);
    },
    { cacheKeyFn: (key) => JSON.stringify(key) },
  );
}

/** A loader of one count per parent id (0 for a parent with none), from rows `{ parentId, total }`. */
export function countLoader(fetch: (parentIds: string[]) => Promise<{ parentId: string | null; total: number }[]>) {
  return new DataLoader<string, number>(async (ids) => {
    const totals = new Map((await fetch([...ids])).map((row) => [row.parentId, row.total]));
    return ids.map((id) => totals.get(id) ?? 0);
  });
}

/** For a batch function: each key's rows (an empty list for a key with none), in key order. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K | null): V[][] {
  const groups = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A DataLoader's cache (its `cacheMap` option) that also keeps each value once its promise has settled, so a
 * check asked again for what the request has already read gets its answer at once (`settled`), with no
 * promise: asked for each row of a page, a promise each made the whole list wait on twenty of them. It holds
 * exactly what the loader's cache holds: a key cleared, deleted or failed is not in it.
 */
export class SettledCache<V> extends Map<string, Promise<V>> {
  readonly #values = new Map<string, V>();

  /** The value cached for `key` once read; undefined while unread or still on its way. */
  settled(key: string): V | undefined {
    return this.#values.get(key);
  }

  override set(key: string, promise: Promise<V>): this {
    super.set(key, promise);
    this.#values.delete(key);
    promise.then(
      (value) => {
        if (super.get(key) === promise) this.#values.set(key, value);
      },
      () => {},
    );
    return this;
  }

  override delete(key: string): boolean {
    this.#values.delete(key);
    return super.delete(key);
  }

  override clear(): void {
    this.#values.clear();
    super.clear();
  }
}
