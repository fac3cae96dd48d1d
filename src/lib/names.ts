/** Shared checks for the short display names people give things (servers, nodes, devices). */
import { invalidInput } from "../errors.ts";

/** A trimmed name of 1 to `max` characters, or INVALID_INPUT naming `field`. */
export function requiredName(raw: unknown, field = "name", max = 100): string {
  if (typeof raw !== "string") throw invalidInput(`${field} must be text.`, field);
  const name = raw.trim();
  if (name.length < 1 || name.length > max) throw invalidInput(`${field} must have 1 to ${max} characters.`, field);
  return name;
}
