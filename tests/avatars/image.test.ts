import { createHash } from "node:crypto";
import { once } from "node:events";
import { Readable } from "node:stream";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../src/errors.ts";
import { HTTP_STATUS } from "../../src/rest/errors.ts";
import {
  configureSharp,
  createAvatarLimiter,
  describeImageType,
  processAvatar,
  readLimited,
  sniffImageType,
} from "../../src/modules/avatars/image.ts";
import {
  BLUE,
  corruptPng,
  fixtureSizes,
  GREEN,
  gifFixture,
  imageFixture,
  jpegBomb,
  jpegWithPrivateMetadata,
  orientedFixture,
  paddedJpeg,
  pngBomb,
  RED,
  solidPng,
  svgFixture,
  textFixture,
  transparentPng,
  truncatedFixture,
  webpFixture,
  type FixtureFormat,
  type FixtureSize,
} from "../helpers/images.ts";

/**
 * The outcome a caller sees: our coded error, never a raw libvips one, with the HTTP status the REST
 * edge will give it.
 */
async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  const { code, message, field, retryAfterSeconds } = error as AppError;
  return { code, message, field, retryAfterSeconds, status: HTTP_STATUS[code as keyof typeof HTTP_STATUS] };
}

/** What a browser would show: dimensions, format, and which metadata survived. */
async function decoded(bytes: Buffer) {
  const metadata = await sharp(bytes).metadata();
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixel = (x: number, y: number) => {
    const at = (y * info.width + x) * info.channels;
    return { r: data[at], g: data[at + 1], b: data[at + 2] };
  };
  return { metadata, pixel };
}

const near = (actual: { r: number; g: number; b: number }, expected: { r: number; g: number; b: number }) =>
  Math.abs(actual.r - expected.r) + Math.abs(actual.g - expected.g) + Math.abs(actual.b - expected.b) < 60;

const MiB = 1024 * 1024;

beforeAll(() => configureSharp());

describe("sniffing the type from the bytes", () => {
  it("recognises PNG and JPEG and nothing else", async () => {
    expect(sniffImageType(await imageFixture("png", "tiny"))).toBe("png");
    expect(sniffImageType(await imageFixture("jpeg", "tiny"))).toBe("jpeg");
    for (const bytes of [await gifFixture(), await webpFixture(), svgFixture(), textFixture(), Buffer.alloc(0)]) {
      expect(sniffImageType(bytes)).toBeNull();
    }
  });

  it("names the formats it refuses", async () => {
    expect(describeImageType(await gifFixture())).toBe("GIF");
    expect(describeImageType(await webpFixture())).toBe("WebP");
    expect(describeImageType(svgFixture())).toBe("SVG");
    expect(describeImageType(Buffer.from("BM\0\0"))).toBe("BMP");
    expect(describeImageType(textFixture())).toBeNull();
  });
});

describe("processing an avatar", () => {
  const cases: Array<[FixtureFormat, FixtureSize]> = (["png", "jpeg"] as const).flatMap((format) =>
    (Object.keys(fixtureSizes) as FixtureSize[]).map((size): [FixtureFormat, FixtureSize] => [format, size]),
  );

  it.each(cases)("turns a %s (%s) into a 256 × 256 image of the same format", async (format, size) => {
    const avatar = await processAvatar(await imageFixture(format, size));
    expect(avatar).toMatchObject({ format, width: 256, height: 256, contentType: `image/${format}` });
    const { metadata, pixel } = await decoded(avatar.bytes);
    expect(metadata).toMatchObject({ format, width: 256, height: 256 });
    expect(near(pixel(128, 128), BLUE)).toBe(true);
  });

  it("names the stored image by the SHA-256 of the processed bytes, the same for the same upload", async () => {
    const upload = await imageFixture("jpeg", "small");
    const first = await processAvatar(upload);
    expect(first.hash).toBe(createHash("sha256").update(first.bytes).digest("hex"));
    expect((await processAvatar(Buffer.from(upload))).hash).toBe(first.hash);
    expect((await processAvatar(await imageFixture("jpeg", "small", RED))).hash).not.toBe(first.hash);
  });

  it("drops GPS, camera, ICC and XMP metadata", async () => {
    const upload = await jpegWithPrivateMetadata();
    const { metadata } = await decoded((await processAvatar(upload)).bytes);
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.iptc).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
  });

  it("keeps a PNG's transparency", async () => {
    const { metadata } = await decoded((await processAvatar(await transparentPng())).bytes);
    expect(metadata).toMatchObject({ format: "png", hasAlpha: true });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("shows a JPEG with EXIF orientation %i upright", async (orientation) => {
    const avatar = await processAvatar(await orientedFixture(orientation));
    const { metadata, pixel } = await decoded(avatar.bytes);
    expect(metadata.orientation).toBeUndefined();
    expect([pixel(32, 32), pixel(224, 32), pixel(128, 224)]).toSatisfy(
      ([topLeft, topRight, bottom]: Array<{ r: number; g: number; b: number }>) =>
        near(topLeft, RED) && near(topRight, GREEN) && near(bottom, BLUE),
    );
  });

  it("applies EXIF orientation to a PNG as well", async () => {
    const { pixel } = await decoded((await processAvatar(await orientedFixture(6, "png"))).bytes);
    expect(near(pixel(32, 32), RED) && near(pixel(224, 32), GREEN) && near(pixel(128, 224), BLUE)).toBe(true);
  });

  it.each([
    ["a GIF", gifFixture, /GIF images are not supported/],
    ["a WebP", webpFixture, /WebP images are not supported/],
    ["an SVG", svgFixture, /SVG images are not supported/],
    ["a text file named .png", textFixture, /not a PNG or JPEG/],
  ])("refuses %s as an unsupported media type", async (_, fixture, message) => {
    const error = await failure(processAvatar(await fixture()));
    expect(error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415, field: "file" });
    expect(error.message).toMatch(message);
  });

  it.each([
    ["a truncated PNG", () => truncatedFixture("png")],
    ["a truncated JPEG", () => truncatedFixture("jpeg")],
    ["a PNG signature followed by garbage", async () => corruptPng()],
    ["an empty file", async () => Buffer.alloc(0)],
  ])("refuses %s as an invalid image", async (_, fixture) => {
    const error = await failure(processAvatar(await fixture()));
    expect(error).toMatchObject({ code: "INVALID_IMAGE", status: 400, field: "file" });
    expect(error.message).not.toMatch(/vips|libpng|jpeg:/i);
  });

  it.each([
    ["a PNG declaring 50,000 × 50,000", async () => pngBomb()],
    ["a JPEG declaring 50,000 × 50,000", () => jpegBomb()],
    ["a strip wider than 16,384 pixels", () => solidPng(20_000, 1)],
  ])("refuses %s before decoding it", async (_, fixture) => {
    const bytes = await fixture();
    const error = await failure(processAvatar(bytes));
    expect(error).toMatchObject({ code: "IMAGE_TOO_LARGE", status: 422, field: "file" });
  });

  it("keeps the bomb itself tiny, so the refusal is about what it declares", () => {
    expect(pngBomb().length).toBeLessThan(1000);
  });

  it("honours a lower pixel limit", async () => {
    const error = await failure(processAvatar(await imageFixture("png", "small"), { maxPixels: 100 }));
    expect(error).toMatchObject({ code: "IMAGE_TOO_LARGE", status: 422 });
  });
});

describe("reading an upload within a byte limit", () => {
  async function* chunksOf(bytes: Buffer, size: number) {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }

  it("returns the bytes of an upload under the limit, however it is chunked", async () => {
    const png = await imageFixture("png", "small");
    expect((await readLimited(chunksOf(png, 1), 5 * MiB)).equals(png)).toBe(true);
    expect((await readLimited(Readable.from(chunksOf(png, 7)), png.length)).equals(png)).toBe(true);
  });

  it("stops an endless upload with 413 just past the limit and closes the source", async () => {
    const head = await imageFixture("jpeg", "tiny");
    let sent = 0;
    let closed = false;
    async function* forever() {
      try {
        yield head;
        for (;;) {
          sent += 64 * 1024;
          yield new Uint8Array(64 * 1024);
        }
      } finally {
        closed = true;
      }
    }
    const error = await failure(readLimited(forever(), 1 * MiB));
    expect(error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413, field: "file" });
    expect(error.message).toMatch(/1 MiB/);
    expect(sent).toBeLessThanOrEqual(1 * MiB + 64 * 1024);
    expect(closed).toBe(true);
  });

  it("refuses a GIF with 415 on its first chunk, not after reading it all", async () => {
    const gif = await gifFixture();
    let chunksRead = 0;
    async function* bigGif() {
      chunksRead++;
      yield gif;
      for (let i = 0; i < 80; i++) {
        chunksRead++;
        yield new Uint8Array(64 * 1024);
      }
    }
    const error = await failure(readLimited(bigGif(), 5 * MiB));
    expect(error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", status: 415 });
    expect(chunksRead).toBe(1);
  });

  it("refuses short uploads by their content", async () => {
    expect(await failure(readLimited(chunksOf(textFixture(), 2), MiB))).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
    expect(await failure(readLimited(chunksOf(Buffer.alloc(0), 1), MiB))).toMatchObject({ code: "INVALID_IMAGE" });
  });

  it("drains a Node stream it refuses, so the request can still be answered", async () => {
    const stream = Readable.from(chunksOf(await paddedJpeg(8 * MiB), 64 * 1024));
    const ended = once(stream, "end");
    expect(await failure(readLimited(stream, 5 * MiB))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
    expect(stream.destroyed).toBe(false);
    await ended;
    expect(stream.readableEnded).toBe(true);
  });

  it("treats a file the multipart parser cut off at its own limit as too large", async () => {
    const stream = Readable.from(chunksOf(await imageFixture("png", "small"), 16));
    Object.assign(stream, { truncated: true });
    expect(await failure(readLimited(stream, 5 * MiB))).toMatchObject({ code: "PAYLOAD_TOO_LARGE", status: 413 });
  });
});

describe("bounding concurrent uploads", () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => (resolve = done));
    return { promise, resolve };
  };

  it("runs at most `concurrency` at once, queues up to `maxQueued`, and answers BUSY beyond", async () => {
    const limiter = createAvatarLimiter({ concurrency: 2, maxQueued: 2, retryAfterSeconds: 7 });
    const gates = Array.from({ length: 4 }, deferred);
    let running = 0;
    let mostAtOnce = 0;
    const runs = gates.map((gate, i) =>
      limiter.run(async () => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        await gate.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect({ active: limiter.active, queued: limiter.queued }).toEqual({ active: 2, queued: 2 });

    const busy = await failure(limiter.run(async () => "never"));
    expect(busy).toMatchObject({ code: "BUSY", status: 503, retryAfterSeconds: 7 });

    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(mostAtOnce).toBe(2);
    expect({ active: limiter.active, queued: limiter.queued }).toEqual({ active: 0, queued: 0 });
    expect(await limiter.run(async () => "again")).toBe("again");
  });

  it("frees the slot of a run that fails", async () => {
    const limiter = createAvatarLimiter({ concurrency: 1, maxQueued: 0 });
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "next")).toBe("next");
  });
});

describe("sharp's process-wide settings", () => {
  it("keeps no operation cache, one thread per image, and reads only PNG and JPEG", async () => {
    expect(sharp.cache().memory.max).toBe(0);
    expect(sharp.concurrency()).toBe(1);
    await expect(sharp(await gifFixture()).metadata()).rejects.toThrow();
    await expect(sharp(await imageFixture("png", "tiny")).metadata()).resolves.toMatchObject({ format: "png" });
  });
});
