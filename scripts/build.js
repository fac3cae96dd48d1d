/**
 * The server as `npm start` runs it: src/main.ts bundled by esbuild into dist/main.cjs, with the packages it
 * imports. Transpiling the TypeScript at every start (tsx) cost about half a second and 100 MB of RSS; and
 * node finding, reading and compiling some 1,250 package files one by one cost about a third of what was
 * left (bench/RESULTS.md, "Start and idle memory", "Issue #12, third round"). CommonJS, because node 20 can
 * start a script, not an ES module, from V8's code cache (scripts/start.js).
 *
 * A few packages stay in node_modules, loaded by node as before (EXTERNAL).
 *
 * dist/main.inputs.json lists every file of ours that went into the bundle with its size and modification time,
 * and for the packages npm's own record of the installation (node_modules/.package-lock.json, written by every
 * `npm ci`, `install` and `uninstall`) and patches/ (applied after it by patch-package): `npm start` rebuilds when
 * one of them changed or is gone, so an edit, a `git pull` or an `npm ci` is picked up by the next start. (Each of
 * the 1,200 package files stamped one by one cost ~15 ms of every start.) A package file edited by hand in
 * node_modules is not noticed: `npm run build` builds unconditionally (and an image can build once where dist/ is
 * writable). Plain JavaScript, because it runs before anything can transpile TypeScript.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(import.meta.dirname, "..");
/** The bundle, and the record of what went into it, in a project directory. */
const bundleIn = (root) => path.join(root, "dist", "main.cjs");
const inputsIn = (root) => path.join(root, "dist", "main.inputs.json");
export const BUNDLE = bundleIn(ROOT);
const INPUTS = inputsIn(ROOT);
/**
 * Left to node_modules: sharp, a native addon; PGlite, which loads its WebAssembly and data files from beside
 * its own modules; esbuild, the builder. graphql is bundled once, from its CommonJS build (esbuild takes a
 * package's "main" first on node), for every package and module that imports or requires it: graphql refuses
 * a schema made by another copy, and tests/process.test.ts fails if a second one comes in.
 */
const EXTERNAL = ["sharp", "@electric-sql/pglite", "esbuild"];

/**
 * Every ES module that imports graphql (ours, Apollo's, graphql-tools') was given a namespace object of its own,
 * esbuild's __toESM copy of graphql's CommonJS exports: 62 copies of ~350 getters each at every start (~20 ms).
 * Imports of "graphql" now go through one ES module that re-exports it, copied once. Still the one graphql
 * (above): `require("graphql")` and the re-export below resolve as before.
 */
const oneGraphqlNamespace = {
  name: "one-graphql-namespace",
  setup(build) {
    build.onResolve({ filter: /^graphql$/ }, (args) =>
      args.kind === "import-statement" && args.namespace !== "graphql-namespace" ? { path: "graphql", namespace: "graphql-namespace" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "graphql-namespace" }, () => ({ contents: 'export * from "graphql";', resolveDir: ROOT }));
  },
};
/** The bundle's first line names its build: scripts/start.js keys the code cache by it (buildIdOf). */
const BUILD_LINE = /^\/\* guildhall build ([0-9a-f-]{36}) \*\//;
/** The id of the build a bundle's source names, or null. */
export const buildIdOf = (source) => BUILD_LINE.exec(source)?.[1] ?? null;
/** `import.meta` of the ES modules in the bundle (ours and packages'), as the CommonJS bundle knows it. */
const IMPORT_META = "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;";
const IMPORT_META_DEFINES = { "import.meta.url": "__bundleUrl", "import.meta.dirname": "__dirname", "import.meta.filename": "__filename" };
/** Not in the bundle but shaping it: a change to one rebuilds too. */
const RECIPE_FILES = ["scripts/build.js", "tsconfig.json", "package.json"];
/** What stands for the packages' files (above); a directory's stamp changes when a file is added or removed. */
const PACKAGE_RECORDS = ["node_modules/.package-lock.json", "patches"];

/** A file's size and modification time; "absent" for none (a first install without patches/, say). */
const stamp = (file, root = ROOT) => {
  const stat = statSync(`${root}/${file}`, { throwIfNoEntry: false });
  return stat ? `${stat.size}:${stat.mtimeMs}` : "absent";
};

/**
 * The files whose stamps a build records, given the inputs esbuild bundled (paths relative to the project; a
 * module a plugin made, "graphql-namespace:graphql", is no file).
 */
export function filesToStamp(bundled, root = ROOT) {
  const ours = bundled.filter((file) => !file.startsWith("node_modules/") && !/^[a-z-]+:/.test(file));
  const patches = existsSync(`${root}/patches`) ? readdirSync(`${root}/patches`).map((file) => `patches/${file}`) : [];
  return [...ours, ...RECIPE_FILES, ...PACKAGE_RECORDS, ...patches];
}

/**
 * True when dist/main.cjs was built from the sources (and packages) as they are now: about 200 stats, a few ms.
 * `root`: another project directory (tests).
 */
export function isFresh(root = ROOT) {
  try {
    const { inputs } = JSON.parse(readFileSync(inputsIn(root), "utf8"));
    statSync(bundleIn(root));
    return Object.entries(inputs).every(([file, recorded]) => stamp(file, root) === recorded);
  } catch {
    // No build yet, or a source file is gone.
    return false;
  }
}

/** Bundles src/main.ts into dist/main.cjs (with a source map) and records its inputs. */
export async function build() {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ["src/main.ts"],
    outfile: BUNDLE,
    bundle: true,
    external: EXTERNAL,
    banner: { js: `/* guildhall build ${randomUUID()} */\n${IMPORT_META}` },
    define: IMPORT_META_DEFINES,
    platform: "node",
    format: "cjs",
    // import() of a package left outside (sharp, PGlite) becomes require(), which node 20.19+ allows of ES
    // modules too: a script started from the code cache has no loader for import() (scripts/start.js).
    supported: { "dynamic-import": false },
    target: "node20",
    // Error and class names stay as written (logs, `error.name`), whatever the bundle renames.
    keepNames: true,
    // No comments, indentation or line breaks: 4.5 MB instead of 6.5 to read at every start, ~1,000 fewer page
    // faults (bench/RESULTS.md, "eighth round"). Names are kept (above), so a stack trace still names each
    // function; NODE_OPTIONS=--enable-source-maps maps its positions to src/ (scripts/start.js).
    minifyWhitespace: true,
    // Lines broken after ~120 characters where esbuild can: a crash while the bundle loads prints its line, which
    // would otherwise be hundreds of kilobytes.
    lineLimit: 120,
    // The packages' license comments go to dist/main.cjs.LEGAL.txt. With them, and every other comment, out of the
    // bundle, and non-ASCII characters escaped in strings and names (`charset`, esbuild's default, said so here),
    // the bundle is ASCII: one other character, a dash in a comment, made V8 keep all of it two bytes a character,
    // decoded from UTF-8 at every start (scripts/start.js reads an ASCII bundle as latin1).
    legalComments: "external",
    charset: "ascii",
    sourcemap: "linked",
    metafile: true,
    write: false,
    logLevel: "warning",
    plugins: [oneGraphqlNamespace],
  });
  const inputs = {};
  for (const file of filesToStamp(Object.keys(result.metafile.inputs))) inputs[file] = stamp(file);
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
  // Code caches of earlier builds (scripts/start.js) can never be used again.
  for (const file of readdirSync(path.dirname(BUNDLE))) if (file.endsWith(".cache")) rmSync(path.join(path.dirname(BUNDLE), file), { force: true });
}

// `npm run build`
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build();
  console.log(`built ${path.relative(ROOT, BUNDLE)} in ${(performance.now() - started).toFixed(0)} ms`);
}
