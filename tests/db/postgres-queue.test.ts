/**
 * postgres.js 3.4.9 keeps its connections and waiting queries in a queue whose array only emptied when the
 * queue drained: under steady load it grew by one slot per query, and every remove() scanned all of it
 * (throughput fell by two thirds within a minute of load). patches/postgres+3.4.9.patch (applied by
 * `npm ci`, patch-package) drops the holes. These tests hold the queue to its behaviour and to a bounded
 * size, on the module the driver actually loads.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
type Queue<T> = { readonly length: number; push(x: T): T; shift(): T | undefined; remove(x: T): T | null };
// The queue module beside the driver's entry point (the package's exports do not name it).
const { default: makeQueue } = (await import(new URL("queue.js", import.meta.resolve("postgres")).href)) as {
  default: <T>(initial?: T[]) => Queue<T>;
};

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

describe("postgres.js's queue (patched)", () => {
  it("is first in, first out, and removes what is still in it", () => {
    const queue = makeQueue<string>(["a", "b"]);
    queue.push("c");
    queue.push("d");
    expect(queue.shift()).toBe("a");
    expect(queue.remove("c")).toBe("c");
    expect(queue.remove("a")).toBeNull(); // already shifted
    expect(queue.remove("x")).toBeNull();
    expect(queue.length).toBe(2);
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual(["b", "d", undefined]);
    expect(queue.length).toBe(0);
  });

  it("keeps its order across many shifts of a queue that never drains", () => {
    const queue = makeQueue<number>();
    const model: number[] = [];
    for (let i = 0; i < 10; i++) model.push(queue.push(i));
    for (let i = 10; i < 10_000; i++) {
      expect(queue.shift()).toBe(model.shift());
      model.push(queue.push(i));
      if (i % 97 === 0) {
        // A connection moved to another queue and back.
        const moved = model[3]!;
        expect(queue.remove(moved)).toBe(moved);
        model.splice(3, 1);
        model.push(queue.push(moved));
      }
      expect(queue.length).toBe(model.length);
    }
  });

  it("does not grow with the number of queries a busy pool has seen", () => {
    const queue = makeQueue<object>();
    const connections = Array.from({ length: 10 }, () => ({}));
    for (const connection of connections) queue.push(connection);
    gc();
    const before = process.memoryUsage().heapUsed;
    // What a busy pool does for every query: take the next busy connection, pipeline a query on it, put it back.
    // (Unpatched, this loop alone takes minutes: every remove() scans every slot so far.)
    for (let i = 0; i < 100_000; i++) {
      const connection = queue.shift()!;
      queue.remove(connection);
      queue.push(connection);
    }
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Unpatched, the array holds a slot per query: 100,000 × 8 bytes = 800 KB.
    expect(grown).toBeLessThan(256 * 1024);
    expect(queue.length).toBe(10);
  });
});
