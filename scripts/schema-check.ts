/**
 * `npm run schema:check [ref]`: lists the changes to schema.graphql, against the one on the main branch
 * (`origin/main`, else `main`; or the git ref or SDL file given), that can break a client (graphql-js's
 * findBreakingChanges) or change what it gets (findDangerousChanges). Prints them and exits 0; with
 * `--strict` a breaking change exits 1.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { buildSchema as schemaFromSdl, findBreakingChanges, findDangerousChanges } from "graphql";
import { SCHEMA_FILE } from "./print-schema-path.ts";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const refs = args.filter((arg) => !arg.startsWith("--"));

function schemaOnBranch(): { ref: string; sdl: string } | null {
  for (const ref of refs.length ? refs : ["origin/main", "main"]) {
    if (existsSync(ref)) return { ref, sdl: readFileSync(ref, "utf8") };
    try {
      const sdl = execFileSync("git", ["show", `${ref}:schema.graphql`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      return { ref, sdl };
    } catch {
      // No such ref, or no schema.graphql there yet: try the next.
    }
  }
  return null;
}

const base = schemaOnBranch();
if (!base) {
  console.log(`schema:check: no schema.graphql on ${refs.join(" or ") || "origin/main or main"}; nothing to compare with.`);
  process.exit(0);
}
const before = schemaFromSdl(base.sdl);
const after = schemaFromSdl(readFileSync(SCHEMA_FILE, "utf8"));
const breaking = findBreakingChanges(before, after);
const dangerous = findDangerousChanges(before, after);

console.log(`schema:check against ${base.ref}: ${breaking.length} breaking, ${dangerous.length} dangerous change(s).`);
for (const change of breaking) console.log(`  BREAKING   ${change.type}: ${change.description}`);
for (const change of dangerous) console.log(`  dangerous  ${change.type}: ${change.description}`);
process.exit(strict && breaking.length ? 1 : 0);
