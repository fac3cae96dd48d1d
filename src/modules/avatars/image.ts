import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";
import type { SharpConstructor, SharpOptions } from "sharp";
import { avatarError } from "./errors.ts";

/**
 * The image core of avatars: judge the bytes, read an upload within a byte limit, and turn an accepted
 * image into a small, metadata-free, content-addressed avatar. No HTTP and no database here.
 */

export type AvatarFormat = "png" | "jpeg";

/** Default for AVATAR_MAX_BYTES: a phone photo fits, and concurrency × this bounds upload memory. */
export const DEFAULT_AVATAR_MAX_BYTES = 5 * 1024 * 1024;
export const AVATAR_SIZE = 256;
/**
 * 40 MP is well above a typical phone photo (12–24 MP); an 8000 × 5000 PNG decodes in ~40 MiB on a fresh
 * process (see DEFAULT_AVATAR_CONCURRENCY for memory under load). JPEGs shrink on load and need less.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
/**
 * A side cap as well as a pixel cap: a 100,000 × 1 strip is few pixels, but "cover" scales its short
 * side up to 256, making a huge intermediate row. 16,384 is about WebP's own limit (16,383).
 */
export const MAX_INPUT_SIDE = 16_384;

/** Enough bytes for every signature we name, including the ftyp brand of AVIF/HEIC at offset 8. */
const SNIFF_BYTES = 32;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (head: Uint8Array, bytes: readonly number[], offset = 0) =>
  head.length >= offset + bytes.length && bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (head: Uint8Array, from: number, to: number) => Buffer.from(head.subarray(from, to)).toString("latin1");

/** PNG or JPEG from the magic number, or null. Names and declared types are never consulted. */
export function sniffImageType(head: Uint8Array): AvatarFormat | null {
  if (startsWith(head, PNG_SIGNATURE)) return "png";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "jpeg";
  return null;
}

/** A human name for a format we refuse, so the 415 says "GIF images…" rather than just "unsupported". */
export function describeImageType(head: Uint8Array): string | null {
  const text = ascii(head, 0, Math.min(head.length, SNIFF_BYTES));
  if (text.startsWith("GIF87a") || text.startsWith("GIF89a")) return "GIF";
  if (text.startsWith("RIFF") && text.slice(8, 12) === "WEBP") return "WebP";
  if (text.slice(4, 8) === "ftyp") {
    const brand = text.slice(8, 12);
    if (brand === "avif" || brand === "avis") return "AVIF";
    if (["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1"].includes(brand)) return "HEIC";
  }
  if (text.startsWith("BM")) return "BMP";
  if (text.startsWith("II*\0") || text.startsWith("MM\0*")) return "TIFF";
  if (startsWith(head, [0, 0, 1, 0])) return "ICO";
  if (text.startsWith("%PDF")) return "PDF";
  if (startsWith(head, [0xff, 0x0a]) || text.slice(4, 12) === "JXL \r\n\x87\n") return "JPEG XL";
  if (/^(\xef\xbb\xbf)?\s*<(\?xml|svg|!DOCTYPE svg)/i.test(text)) return "SVG";
  return null;
}

function unsupportedType(head: Uint8Array) {
  const kind = describeImageType(head);
  const what = kind ? `${kind} images are not supported` : "This file is not a PNG or JPEG image";
  return avatarError("UNSUPPORTED_MEDIA_TYPE", `${what}. Upload a PNG or JPEG.`);
}

const emptyFile = () => avatarError("INVALID_IMAGE", "The file is empty.");

function formatBytes(bytes: number) {
  const mib = bytes / 1024 / 1024;
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/**
 * Collects an upload's bytes, refusing it as soon as it is not a PNG/JPEG (415, judged on the first
 * bytes) or grows past maxBytes (413), so neither case is ever held whole in memory.
 *
 * On refusal a Node stream is drained, not destroyed: the multipart parser then reaches the end of the
 * request and the 413/415 goes out on a healthy connection (pair this with @fastify/multipart's
 * `limits.fileSize`, which discards the rest of an over-limit file without buffering it). Other async
 * iterables are closed through `return()`, which is what `for await` does when it throws.
 */
export async function readLimited(
  stream: AsyncIterable<Uint8Array> | NodeJS.ReadableStream,
  maxBytes: number,
): Promise<Buffer> {
  const collector = createCollector(maxBytes);
  if (isNodeStream(stream)) return readNodeStream(stream, collector);
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) collector.add(chunk);
  return collector.finish(false);
}

type Collector = { add(chunk: Uint8Array | string): void; finish(truncated: boolean): Buffer };

function createCollector(maxBytes: number): Collector {
  const chunks: Buffer[] = [];
  let total = 0;
  let sniffed = false;
  const tooLarge = () => avatarError("PAYLOAD_TOO_LARGE", `The file is larger than ${formatBytes(maxBytes)}.`);
  const check = (head: Buffer) => {
    sniffed = true;
    if (!sniffImageType(head)) throw unsupportedType(head);
  };
  return {
    add(chunk) {
      // A view, not a copy: Buffers and Uint8Arrays alike.
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      chunks.push(bytes);
      total += bytes.length;
      // Type before size: a 50 MB GIF is better told "GIF is not supported" than "too large".
      if (!sniffed && total >= SNIFF_BYTES) check(Buffer.concat(chunks, SNIFF_BYTES));
      if (total > maxBytes) throw tooLarge();
    },
    finish(truncated) {
      // busboy ends a file at its own fileSize limit and only flags it; a cut-off file is still too large.
      if (truncated) throw tooLarge();
      if (total === 0) throw emptyFile();
      const bytes = Buffer.concat(chunks, total);
      if (!sniffed) check(bytes);
      return bytes;
    },
  };
}

const isNodeStream = (value: unknown): value is NodeJS.ReadableStream =>
  typeof (value as NodeJS.ReadableStream)?.on === "function" && typeof (value as NodeJS.ReadableStream).resume === "function";

function readNodeStream(stream: NodeJS.ReadableStream, collector: Collector): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const detach = () => {
      stream.removeListener("data", onData);
      stream.removeListener("end", onEnd);
      stream.removeListener("error", onError);
    };
    const onData = (chunk: Uint8Array | string) => {
      try {
        collector.add(chunk);
      } catch (error) {
        detach();
        // Keep one error listener so a late client abort while draining cannot crash the process.
        stream.on("error", () => {});
        stream.resume();
        reject(error);
      }
    };
    const onEnd = () => {
      detach();
      try {
        resolve(collector.finish((stream as { truncated?: boolean }).truncated === true));
      } catch (error) {
        reject(error);
      }
    };
    const onError = (error: unknown) => {
      detach();
      reject(error);
    };
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", onError);
    stream.resume();
  });
}

export type ProcessedAvatar = {
  bytes: Buffer;
  format: AvatarFormat;
  /** SHA-256 (hex) of `bytes`: the stored image's id, so identical avatars are stored once. */
  hash: string;
  width: number;
  height: number;
  contentType: string;
};

export type ProcessAvatarOptions = { size?: number; maxPixels?: number; maxSide?: number };

/**
 * `failOn: "error"` rejects truncated and broken pixel data but, unlike sharp's default "warning",
 * accepts the benign decoder warnings (extraneous bytes before a marker, …) common in real camera
 * files. limitInputPixels is a second fence behind our own dimension check.
 */
const inputOptions = (maxPixels: number): SharpOptions => ({ failOn: "error", limitInputPixels: maxPixels });

/**
 * PNG stays PNG (keeps transparency and hard edges), JPEG stays JPEG (photos stay small), so the
 * uploader gets the format they chose and nothing new can go wrong in a conversion.
 */
const OUTPUT = { png: { compressionLevel: 9 }, jpeg: { quality: 85, mozjpeg: true } } as const;

/**
 * Sniffs the bytes, checks the declared dimensions from the header before anything is decoded, then
 * applies the EXIF orientation, crops to a centred size × size square and re-encodes in the same format.
 * Every metadata block (EXIF with GPS, ICC, XMP, IPTC) is dropped: sharp writes none unless asked, and
 * converts to sRGB first. The work runs on libuv's thread pool, not the event loop. Throws only avatar
 * errors: UNSUPPORTED_MEDIA_TYPE, IMAGE_TOO_LARGE or INVALID_IMAGE.
 */
export async function processAvatar(bytes: Buffer, options: ProcessAvatarOptions = {}): Promise<ProcessedAvatar> {
  const size = options.size ?? AVATAR_SIZE;
  const maxPixels = options.maxPixels ?? MAX_INPUT_PIXELS;
  const maxSide = options.maxSide ?? MAX_INPUT_SIDE;
  if (bytes.length === 0) throw emptyFile();
  const format = sniffImageType(bytes);
  if (!format) throw unsupportedType(bytes);

  let declared: { width: number; height: number };
  const sharp = await configureSharp();
  try {
    const metadata = await sharp(bytes, inputOptions(maxPixels)).metadata();
    declared = { width: metadata.width, height: metadata.height };
  } catch (error) {
    throw fromSharpError(error);
  }
  if (!(declared.width > 0 && declared.height > 0)) throw avatarError("INVALID_IMAGE", "The image has no size.");
  if (declared.width > maxSide || declared.height > maxSide || declared.width * declared.height > maxPixels) {
    throw avatarError(
      "IMAGE_TOO_LARGE",
      `The image is ${declared.width} × ${declared.height} pixels; the limit is ` +
        `${maxPixels.toLocaleString("en")} pixels and ${maxSide.toLocaleString("en")} a side.`,
    );
  }

  try {
    const pipeline = sharp(bytes, inputOptions(maxPixels))
      .autoOrient()
      .resize(size, size, { fit: "cover", position: "centre" });
    const encoded = format === "png" ? pipeline.png(OUTPUT.png) : pipeline.jpeg(OUTPUT.jpeg);
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const hash = createHash("sha256").update(data).digest("hex");
    return { bytes: data, format, hash, width: info.width, height: info.height, contentType: `image/${format}` };
  } catch (error) {
    throw fromSharpError(error);
  }
}

/** libvips' messages name its internals; callers get our code and wording, logs get the cause. */
function fromSharpError(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  if (/exceeds pixel limit/i.test(message)) {
    return avatarError("IMAGE_TOO_LARGE", "The image has too many pixels.", { cause: error });
  }
  return avatarError("INVALID_IMAGE", "The image is corrupt or incomplete.", { cause: error });
}

export type AvatarLimiter = { run<T>(fn: () => Promise<T>): Promise<T>; readonly active: number; readonly queued: number };

export type AvatarLimiterOptions = { concurrency?: number; maxQueued?: number; retryAfterSeconds?: number };

/**
 * Twice the cores, because a slot covers reading the upload (network-bound, often slow) as well as
 * processing; processing alone gains nothing past the core count. Measured here (2 cores, 40 MP PNGs,
 * the worst accepted case): same throughput at 2 and 4 at once, peak RSS ~330 MiB at 2 and ~475 MiB at
 * 4 (glibc keeps freed memory per libuv thread; MALLOC_ARENA_MAX=2 brings 4 down to ~315 MiB). Phone
 * JPEGs shrink on load and stay near 120 MiB. Pass a lower concurrency on a small machine.
 */
export const DEFAULT_AVATAR_CONCURRENCY = 2 * availableParallelism();
/** Waiting uploads hold a socket and no body bytes (they have not started reading); 32 absorbs a burst. */
export const DEFAULT_AVATAR_MAX_QUEUED = 32;
/** About the time a full queue of worst-case images takes to clear here (36 × ~0.3 s over 2 cores). */
export const DEFAULT_AVATAR_RETRY_AFTER_SECONDS = 5;

/**
 * At most `concurrency` functions run at once and `maxQueued` wait in order; past that, `run` rejects
 * at once with BUSY (503, retryAfterSeconds) rather than letting uploads pile up in memory.
 */
export function createAvatarLimiter(options: AvatarLimiterOptions = {}): AvatarLimiter {
  const concurrency = options.concurrency ?? DEFAULT_AVATAR_CONCURRENCY;
  const maxQueued = options.maxQueued ?? DEFAULT_AVATAR_MAX_QUEUED;
  const retryAfterSeconds = options.retryAfterSeconds ?? DEFAULT_AVATAR_RETRY_AFTER_SECONDS;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be an integer ≥ 1");
  if (!Number.isInteger(maxQueued) || maxQueued < 0) throw new RangeError("maxQueued must be an integer ≥ 0");

  let active = 0;
  const waiting: Array<() => void> = [];
  const release = () => {
    const next = waiting.shift();
    // Hand the slot straight to the next waiter so a new arrival cannot take it in between.
    if (next) next();
    else active--;
  };

  return {
    async run<T>(fn: () => Promise<T>): Promise<T> {
      if (active < concurrency) active++;
      else if (waiting.length < maxQueued) await new Promise<void>((resolve) => waiting.push(resolve));
      else {
        throw avatarError("BUSY", `Too many avatar uploads in progress. Try again in ${retryAfterSeconds} seconds.`, {
          retryAfterSeconds,
        });
      }
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get active() { return active; },
    get queued() { return waiting.length; },
  };
}

let loaded: Promise<SharpConstructor> | undefined;

/**
 * sharp, loaded on first use with the settings below: libvips costs ~15 MB of RSS and ~70 ms at start
 * (bench/RESULTS.md, "Start and idle memory"), and a process may never see an upload. Every use in src/
 * goes through here, so no image is ever handled before the settings apply.
 */
export function configureSharp(): Promise<SharpConstructor> {
  loaded ??= import("sharp").then(({ default: sharp }) => {
    applySettings(sharp);
    return sharp;
  });
  return loaded;
}

/**
 * Process-wide sharp settings, applied when sharp is loaded (configureSharp).
 * - cache(false): every avatar is new, so libvips' operation cache would only keep previous uploads'
 *   pixels (up to 50 MB) alive with no hits.
 * - concurrency(1): one libvips thread per image. Parallelism comes from several images on libuv's pool;
 *   more threads per image add per-thread buffers and contend on few cores (glibc builds default to 1
 *   already; this makes musl and macOS behave the same).
 * - Only the PNG and JPEG buffer loaders stay unblocked, so even bytes that slipped past the sniff
 *   cannot reach librsvg, libtiff, PDF or the other decoders. A future feature that needs sharp to
 *   read another format must unblock its loader here, on purpose.
 */
function applySettings(sharp: SharpConstructor): void {
  sharp.cache(false);
  sharp.concurrency(1);
  sharp.block({ operation: ["VipsForeignLoad"] });
  sharp.unblock({ operation: ["VipsForeignLoadPngBuffer", "VipsForeignLoadJpegBuffer"] });
}
