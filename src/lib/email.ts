/** Email addresses are trimmed and lower-cased once, on the way in, so comparisons are exact. */
import { invalidInput } from "../errors.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(raw: unknown, field = "email"): string {
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!EMAIL.test(email) || email.length > 254) throw invalidInput("Enter a valid email address.", field);
  return email;
}
