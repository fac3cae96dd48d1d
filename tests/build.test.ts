/**
 * When `npm start` rebuilds dist/main.cjs (scripts/build.js): a change to one of our files, to npm's record of
 * the installed packages, or to patches/, or a file gone, makes the bundle stale; nothing else does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript, without types: it runs before anything can transpile TypeScript.
import { filesToStamp, isFresh } from "../scripts/build.js";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project directory with a built bundle whose recorded inputs are `files`, all as they are now. */
function builtProject(files: string[]): string {
  root = mkdtempSync(path.join(os.tmpdir(), "guildhall-build-"));
  const inputs: Record<string, string> = {};
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), `contents of ${file}`);
    const stat = statSync(path.join(root, file));
    inputs[file] = `${stat.size}:${stat.mtimeMs}`;
  }
  mkdirSync(path.join(root, "dist"), { recursive: true });
  writeFileSync(path.join(root, "dist", "main.cjs"), "/* bundle */");
  writeFileSync(path.join(root, "dist", "main.inputs.json"), JSON.stringify({ inputs }));
  return root;
}

describe("scripts/build.js", () => {
  const files = ["src/main.ts", "src/app.ts", "node_modules/.package-lock.json", "patches/postgres+3.4.9.patch"];

  it("finds a bundle fresh while its inputs are as recorded", () => {
    expect(isFresh(builtProject(files))).toBe(true);
  });

  it.each(files)("finds it stale once %s changed", (file) => {
    const project = builtProject(files);
    const later = new Date(Date.now() + 5_000);
    utimesSync(path.join(project, file), later, later);
    expect(isFresh(project)).toBe(false);
  });

  it("finds it stale when an input is gone, or there is no bundle", () => {
    const project = builtProject(files);
    rmSync(path.join(project, "src", "app.ts"));
    expect(isFresh(project)).toBe(false);
    const unbuilt = builtProject(files);
    rmSync(path.join(unbuilt, "dist", "main.cjs"));
    expect(isFresh(unbuilt)).toBe(false);
  });

  it("finds it stale when a file recorded as absent (no patches/ yet, say) appears", () => {
    const project = builtProject(files);
    const recorded = JSON.parse(readFileSync(path.join(project, "dist", "main.inputs.json"), "utf8"));
    recorded.inputs["patches/new.patch"] = "absent";
    writeFileSync(path.join(project, "dist", "main.inputs.json"), JSON.stringify(recorded));
    expect(isFresh(project)).toBe(true);
    writeFileSync(path.join(project, "patches", "new.patch"), "a patch");
    expect(isFresh(project)).toBe(false);
  });

  it("stamps our files, the recipe, and npm's record and patches/ in place of every package file", () => {
    const project = builtProject(files);
    const stamped: string[] = filesToStamp(
      ["src/main.ts", "src/app.ts", "node_modules/fastify/fastify.js", "node_modules/graphql/index.js", "graphql-namespace:graphql"],
      project,
    );
    expect(stamped).toEqual(expect.arrayContaining(["src/main.ts", "src/app.ts", "package.json", "node_modules/.package-lock.json", "patches"]));
    expect(stamped).toContain("patches/postgres+3.4.9.patch");
    expect(stamped.filter((file) => file.startsWith("node_modules/"))).toEqual(["node_modules/.package-lock.json"]);
    expect(stamped).not.toContain("graphql-namespace:graphql");
  });
});
