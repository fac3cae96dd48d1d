/**
 * Creating a directory and its parents one level at a time. Node's `mkdirSync(path, { recursive: true })`
 * never returns on some paths (under /proc it retries ENOENT forever), which left a bad DATA_DIR hanging
 * the start silently; this fails at once with the first level that cannot be made.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

export function makeDirectory(directory: string): void {
  const absolute = path.resolve(directory);
  const missing: string[] = [];
  for (let current = absolute; !existsSync(current); current = path.dirname(current)) {
    missing.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}
