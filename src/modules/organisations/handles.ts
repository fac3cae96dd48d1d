/** The rules for organisation handles. The database enforces the format too (organisations_handle_format). */
import { invalidInput } from "../../errors.ts";

const HANDLE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Words that would clash with routes or mislead people. */
export const RESERVED_HANDLES = new Set([
  "about", "account", "admin", "administrator", "api", "app", "assets", "auth", "billing", "dashboard",
  "dns", "docs", "explore", "graphiql", "graphql", "guildhall", "help", "invites", "login", "logout",
  "mail", "mailbox", "me", "new", "nodes", "null", "organisations", "organizations", "orgs", "register",
  "root", "security", "servers", "settings", "signup", "static", "status", "support", "system", "undefined",
  "user", "users", "www",
]);

/** Why a handle cannot be used, or null if it can (taken-ness aside). */
export function handleProblem(handle: string): string | null {
  if (handle.length < 3 || handle.length > 39) return "Handles have 3 to 39 characters.";
  if (!HANDLE.test(handle)) {
    return "Handles use lowercase letters, digits and single hyphens, and do not start or end with a hyphen.";
  }
  if (RESERVED_HANDLES.has(handle)) return `"${handle}" is reserved.`;
  return null;
}

export function checkHandle(raw: unknown): string {
  if (typeof raw !== "string") throw invalidInput("handle must be text.", "handle");
  const handle = raw.trim();
  const problem = handleProblem(handle);
  if (problem) throw invalidInput(problem, "handle");
  return handle;
}

export function checkName(raw: unknown): string {
  if (typeof raw !== "string") throw invalidInput("name must be text.", "name");
  const name = raw.trim();
  if (name.length < 1 || name.length > 100) throw invalidInput("Names have 1 to 100 characters.", "name");
  return name;
}
