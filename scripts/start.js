/**
 * `npm start`: runs the bundled server, dist/main.cjs, building it first when a source changed since the last
 * build (scripts/build.js), and from V8's code cache when there is one for this build.
 *
 * Compiling the 5.7 MB bundle, and then each function it calls while starting, was about a fifth of a start.
 * So the bundle is compiled as a script with `cachedData` (what node's own loader does not offer for a file
 * until node 22), and a second after the first start of a build listens, the code V8 has compiled by then is
 * written to dist/main.<build>.<node>.cache: every later start of the same build reads it instead of compiling.
 * <build> is the id the bundle's first line names (scripts/build.js), read from the very source compiled: V8
 * itself checks little more than the source's length, and would run an older build's code from a cache made
 * for it. <node> is a digest of node's version and flags, with which V8 refuses a cache made under others.
 *
 * Stack traces name dist/main.cjs; `NODE_OPTIONS=--enable-source-maps` maps them to src/ (off by default:
 * +30 ms and 4 MB at start). Node maps only what its own loader loaded, so with source maps on, the bundle
 * is loaded that way, without the code cache.
 */
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import vm from "node:vm";
import { BUNDLE, build, buildIdOf, isFresh } from "./build.js";

/**
 * How long after the server listens the code cache is written: the start's functions are compiled by then, and
 * those of the first requests (/readyz) too. Counted from ready, not from the process's start: a first start on
 * PGlite creates its database for seconds, and a cache written before it listened would leave out the rest.
 */
const WRITE_CACHE_AFTER_READY_MS = 1000;

if (!isFresh()) {
  try {
    await build();
  } catch (error) {
    // A dist/ that cannot be written (an image built ahead, then its node_modules touched): run what is there.
    if (!existsSync(BUNDLE)) throw error;
    console.warn(`npm start: could not rebuild ${path.relative(process.cwd(), BUNDLE)} (${error.message}); running the bundle as it is`);
  }
}

if (process.sourceMapsEnabled) createRequire(import.meta.url)(BUNDLE);
else runWithCodeCache();

function runWithCodeCache() {
  // An ASCII bundle (scripts/build.js makes one) is read as latin1: no UTF-8 decoding, and a third less new memory
  // touched (~3,250 page faults instead of ~5,200; each cost ~12 us on a VM whose memory is fresh). Should a package
  // bring a non-ASCII character in a regular expression, which esbuild leaves as it is, UTF-8 it is.
  const bytes = readFileSync(BUNDLE);
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const buildId = buildIdOf(source);
  const node = createHash("sha256").update([process.version, ...process.execArgv, process.env.NODE_OPTIONS ?? ""].join("\0")).digest("hex").slice(0, 12);
  const cacheFile = buildId ? BUNDLE.replace(/\.cjs$/, `.${buildId}.${node}.cache`) : null;
  let cachedData;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    // None yet for this build and node.
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE));
  // src/main.ts's `ready`; a start that fails rejects it, and that rejection stays unhandled, as without a cache.
  // (A bundle built before `ready` existed, run because it could not be rebuilt, gets no cache.)
  const { ready } = module.exports;
  if (cacheFile && (!cachedData || script.cachedDataRejected) && typeof ready?.then === "function") {
    void ready.then(() => setTimeout(() => writeCache(script, cacheFile), WRITE_CACHE_AFTER_READY_MS).unref());
  }
}

/** Writes this build's code cache beside the bundle (renamed into place; build() removes older builds'). */
function writeCache(script, cacheFile) {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // A read-only dist/ (an image built ahead): every start compiles, as node would.
    rmSync(temporary, { force: true });
  }
}
