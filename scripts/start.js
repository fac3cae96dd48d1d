/**
 * `npm start`: runs the bundled server, dist/main.js, building it first when a source changed since the last
 * build (scripts/build.js). Stack traces name dist/main.js; `NODE_OPTIONS=--enable-source-maps` maps them to
 * src/ (off by default: +30 ms and 4 MB at start).
 */
import { pathToFileURL } from "node:url";
import { BUNDLE, build, isFresh } from "./build.js";

if (!isFresh()) await build();
await import(pathToFileURL(BUNDLE).href);
