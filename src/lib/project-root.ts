/**
 * The project's folder (the one with package.json), for the files Guildhall reads at run time: schema/,
 * drizzle/, pdns/. Found by walking up rather than by a fixed "../.." because the same code runs from
 * src/<folder>/<file>.ts (tests, tsx) and bundled into dist/main.cjs (`npm start`).
 */
import { existsSync } from "node:fs";
import path from "node:path";

function findProjectRoot(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, "package.json"))) return directory;
    if (path.dirname(directory) === directory) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(import.meta.dirname);

/** A path inside the project, e.g. `projectPath("drizzle")`. */
export const projectPath = (...parts: string[]) => path.join(PROJECT_ROOT, ...parts);
