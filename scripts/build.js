/**
 * The server as `npm start` runs it: src/main.ts bundled by esbuild into dist/main.js (our code in one file,
 * the packages left to node_modules). Transpiling the TypeScript at every start (tsx) cost about half a
 * second and 100 MB of RSS (bench/RESULTS.md, "Start and idle memory").
 *
 * dist/main.inputs.json lists every source file that went into the bundle with its size and modification
 * time: `npm start` rebuilds when one of them changed or is gone, so an edit or a `git pull` is picked up by
 * the next start. `npm run build` builds unconditionally (an image can build once where dist/ is writable).
 * Plain JavaScript, because it runs before anything can transpile TypeScript.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
export const BUNDLE = path.join(ROOT, "dist", "main.js");
const INPUTS = path.join(ROOT, "dist", "main.inputs.json");
/** Not in the bundle but shaping it: a change to one rebuilds too. */
const RECIPE_FILES = ["scripts/build.js", "tsconfig.json", "package.json"];

const stamp = (file) => {
  const stat = statSync(path.join(ROOT, file));
  return `${stat.size}:${stat.mtimeMs}`;
};

/** True when dist/main.js was built from the sources as they are now. */
export function isFresh() {
  try {
    const { inputs } = JSON.parse(readFileSync(INPUTS, "utf8"));
    statSync(BUNDLE);
    return Object.entries(inputs).every(([file, recorded]) => stamp(file) === recorded);
  } catch {
    // No build yet, or a source file is gone.
    return false;
  }
}

/** Bundles src/main.ts into dist/main.js (with a source map) and records its inputs. */
export async function build() {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["src/main.ts"],
    outfile: BUNDLE,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    // Error and class names stay as written (logs, `error.name`), whatever the bundle renames.
    keepNames: true,
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
  });
  const inputs = {};
  for (const file of [...Object.keys(result.metafile.inputs), ...RECIPE_FILES]) inputs[file] = stamp(file);
  mkdirSync(path.dirname(BUNDLE), { recursive: true });
  // Written beside and renamed into place: two starts building at once never see half a file.
  for (const output of result.outputFiles) {
    const temporary = `${output.path}.${process.pid}.tmp`;
    writeFileSync(temporary, output.contents);
    renameSync(temporary, output.path);
  }
  const temporary = `${INPUTS}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ esbuild: esbuild.version, inputs }, null, 1)}\n`);
  renameSync(temporary, INPUTS);
}

// `npm run build`
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build();
  console.log(`built ${path.relative(ROOT, BUNDLE)} in ${(performance.now() - started).toFixed(0)} ms`);
}
