/**
 * The policy table is the whole truth: every entry is checked by some service, and no service decides
 * access by comparing roles itself. Read from the source, so a new rule written outside
 * src/auth/policy.ts, or an entry nothing checks, fails here.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ORGANISATION_POLICY, PLATFORM_POLICY } from "../../src/auth/policy.ts";

const root = path.resolve(import.meta.dirname, "../..");
const sourceFiles = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : entry.name.endsWith(".ts") ? [path.join(dir, entry.name)] : [],
  );
const outsidePolicy = sourceFiles("src").filter((file) => !file.startsWith(path.join("src", "auth")) && !file.includes("generated"));
const text = new Map(outsidePolicy.map((file) => [file, readFileSync(path.join(root, file), "utf8")]));
const policySource = readFileSync(path.join(root, "src/auth/policy.ts"), "utf8");
const mentions = (needle: string) => [...text.values()].some((source) => source.includes(needle));
/**
 * An action counts as checked when code outside the policy names it (services pass actions to
 * authorize/lockForChange/viewerCan, directly or through a helper), or when it is decided inside a
 * named predicate of the policy that code outside uses (actsAsOwner checks member:transfer-ownership).
 */
const checked = (action: string) =>
  mentions(`"${action}"`) ||
  [...policySource.matchAll(/export const (\w+) = [^;]*?can\(actor, "([a-z-]+:[a-z-]+)"\)/g)].some(
    ([, predicate, decided]) => decided === action && mentions(`${predicate}(`),
  );

describe("the policy table", () => {
  it.each(Object.keys(ORGANISATION_POLICY))("has its entry %s checked by a service", (action) => {
    expect(checked(action)).toBe(true);
  });

  it.each([...PLATFORM_POLICY])("has its platform action %s checked by a service", (action) => {
    expect(checked(action)).toBe(true);
  });

  it("is the only place that reads a viewer's platform role", () => {
    // Reading `viewer.user.platformRole` to allow or refuse something is the policy's job alone.
    const offenders = outsidePolicy.filter((file) => /viewer\??\.user\.platformRole/.test(text.get(file)!));
    expect(offenders).toEqual([]);
  });

  it("is the only place that compares the acting viewer's organisation role", () => {
    // Services get an Actor from the policy and ask its predicates; they never compare actor.role themselves
    // (except to say who the actor is, as leave does for the owner, which is not an access rule).
    const offenders = outsidePolicy.filter((file) => /actor\.role\s*[!=]==\s*["'](?:admin|member)["']|membership\??\.role\s*[!=]==\s*["'](?:owner|admin)["']/.test(text.get(file)!));
    expect(offenders).toEqual([]);
  });
});
