import DataLoader from "dataloader";
import { describe, expect, it } from "vitest";
import { SettledCache } from "../../src/lib/batch.ts";

/** A loader over SettledCache, counting its batches; "missing" loads as null, "broken" fails. */
function loader() {
  const cache = new SettledCache<string | null>();
  const batches: string[][] = [];
  const load = new DataLoader<string, string | null>(
    async (keys) => {
      batches.push([...keys]);
      return keys.map((key) => (key === "broken" ? new Error("no") : key === "missing" ? null : `value of ${key}`));
    },
    { cacheMap: cache },
  );
  return { cache, load, batches };
}

describe("SettledCache", () => {
  it("holds a loaded value once its promise has settled, null included, and nothing before", async () => {
    const { cache, load } = loader();
    const loading = load.load("a");
    expect(cache.settled("a")).toBeUndefined();
    expect(await loading).toBe("value of a");
    expect(cache.settled("a")).toBe("value of a");
    await load.load("missing");
    expect(cache.settled("missing")).toBeNull();
    expect(cache.settled("never asked")).toBeUndefined();
  });

  it("holds primed values, and keeps nothing for a failed load", async () => {
    const { cache, load } = loader();
    load.prime("p", "primed");
    await Promise.resolve();
    expect(cache.settled("p")).toBe("primed");
    await expect(load.load("broken")).rejects.toThrow("no");
    expect(cache.settled("broken")).toBeUndefined();
  });

  it("forgets what the loader forgets: one key, or all", async () => {
    const { cache, load, batches } = loader();
    await load.loadMany(["a", "b"]);
    load.clear("a");
    expect(cache.settled("a")).toBeUndefined();
    expect(cache.settled("b")).toBe("value of b");
    load.clearAll();
    expect(cache.settled("b")).toBeUndefined();
    expect(await load.load("b")).toBe("value of b");
    expect(batches).toEqual([["a", "b"], ["b"]]);
  });

  it("holds nothing of a batch that failed as a whole", async () => {
    const cache = new SettledCache<string>();
    const load = new DataLoader<string, string>(
      async () => {
        throw new Error("down");
      },
      { cacheMap: cache },
    );
    await expect(load.load("a")).rejects.toThrow("down");
    expect(cache.settled("a")).toBeUndefined();
  });

  it("never holds a value its key no longer caches (cleared and loaded again while the first was on its way)", async () => {
    const { cache, load } = loader();
    const first = load.load("a");
    load.clear("a");
    load.prime("a", "newer");
    await first;
    expect(cache.settled("a")).toBe("newer");
  });
});
