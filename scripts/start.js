/**
 * `npm start`: runs the bundled server, dist/main.cjs, building it first when a source changed since the last
 * build (scripts/build.js), and from V8's code cache when there is one for this build.
 *
 * Compiling the 5.7 MB bundle, and then each function it calls while starting, was about a fifth of a start.
 * So the bundle is compiled as a script with `cachedData` (what node's own loader does not offer for a file
 * until node 22), and a few seconds after the first start of a build, the code V8 has compiled by then is
 * written to dist/main.<size>-<mtime>.cache: every later start of the same build reads it instead of compiling.
 * The cache's name ties it to the bundle it was made from (V8 itself checks little more than the source's
 * length); V8 refuses one made by another node or with other flags, and then this start writes a new one.
 *
 * Stack traces name dist/main.cjs; `NODE_OPTIONS=--enable-source-maps` maps them to src/ (off by default:
 * +30 ms and 4 MB at start). Node maps only what its own loader loaded, so with source maps on, the bundle
 * is loaded that way, without the code cache.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { BUNDLE, build, isFresh } from "./build.js";

/** How long after starting the code cache is written: long enough for the start's functions to be compiled. */
const WRITE_CACHE_AFTER_MS = 3000;

if (!isFresh()) await build();

if (process.sourceMapsEnabled) createRequire(import.meta.url)(BUNDLE);
else runWithCodeCache();

function runWithCodeCache() {
  const { size, mtimeMs } = statSync(BUNDLE);
  const cacheFile = BUNDLE.replace(/\.cjs$/, `.${size}-${Math.trunc(mtimeMs)}.cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // None yet for this build.
  }
  const script = new vm.Script(Module.wrap(readFileSync(BUNDLE, "utf8")), { filename: BUNDLE, cachedData });
  if (!cachedData || script.cachedDataRejected) setTimeout(() => writeCache(script, cacheFile), WRITE_CACHE_AFTER_MS).unref();
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
}

/** Writes this build's code cache (beside the bundle, renamed into place) and removes older builds' caches. */
function writeCache(script, cacheFile) {
  try {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
    const directory = path.dirname(BUNDLE);
    for (const file of readdirSync(directory)) {
      if (file.endsWith(".cache") && path.join(directory, file) !== cacheFile) rmSync(path.join(directory, file), { force: true });
    }
  } catch {
    // A read-only dist/ (an image built ahead): every start compiles, as node would.
  }
}
