/**
 * The one place avatar errors are made; their HTTP statuses are in src/rest/errors.ts with every other
 * code's (IMAGE_TOO_LARGE is 422: a well-formed PNG or JPEG within the byte limit whose declared
 * dimensions we refuse, so a client can tell "shrink it and retry" from "this file is broken").
 */
import { AppError, type ErrorCode } from "../../errors.ts";

/** Not a PNG or JPEG (415), too many bytes (413), dimensions over the limit (422), corrupt (400), too many uploads in flight (503). */
export type AvatarErrorCode = Extract<ErrorCode, "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "IMAGE_TOO_LARGE" | "INVALID_IMAGE" | "BUSY">;

/**
 * They point at the `file` field, except BUSY: there the file is fine and the server is full, so a form
 * should not mark the field as wrong. `cause` keeps the underlying (e.g. libvips) error for logs; the
 * message stays ours.
 */
export function avatarError(
  code: AvatarErrorCode,
  message: string,
  options: { retryAfterSeconds?: number; cause?: unknown } = {},
): AppError {
  const field = code === "BUSY" ? undefined : "file";
  const error = new AppError(code, message, field, options.retryAfterSeconds);
  if (options.cause !== undefined) error.cause = options.cause;
  return error;
}
