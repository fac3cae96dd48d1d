import { crc32, deflateSync } from "node:zlib";
import sharp, { type Sharp } from "sharp";

/**
 * Image fixtures made on the fly with sharp, so the repository holds no binary files. Every builder
 * returns the bytes a client would upload; names and declared types are deliberately absent.
 */

export type FixtureFormat = "png" | "jpeg";

export const fixtureSizes = {
  tiny: { width: 1, height: 1 },
  small: { width: 16, height: 16 },
  large: { width: 4000, height: 3000 },
  wide: { width: 4000, height: 10 },
} as const;
export type FixtureSize = keyof typeof fixtureSizes;

export const RED = { r: 220, g: 30, b: 30 };
export const GREEN = { r: 30, g: 200, b: 60 };
export const BLUE = { r: 40, g: 60, b: 210 };
type Rgb = { r: number; g: number; b: number };

const encode = (image: Sharp, format: FixtureFormat) =>
  (format === "png" ? image.png() : image.jpeg({ quality: 95 })).toBuffer();

/** A solid-coloured image of one of the named sizes. */
export function imageFixture(format: FixtureFormat, size: FixtureSize, colour: Rgb = BLUE): Promise<Buffer> {
  const { width, height } = fixtureSizes[size];
  return encode(sharp({ create: { width, height, channels: 3, background: colour } }), format);
}

/** A solid PNG of any size, e.g. a long thin strip over the side limit. */
export function solidPng(width: number, height: number, colour: Rgb = BLUE): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

/** A PNG whose pixels are all transparent except one opaque corner: to see that alpha survives. */
export function transparentPng(): Promise<Buffer> {
  return sharp({ create: { width: 32, height: 32, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toBuffer();
}

/**
 * What an upright picture looks like: 60 × 40, red top-left quarter, green top-right quarter, blue
 * bottom half. No mirror or rotation of it looks the same, so each EXIF orientation gone wrong shows.
 * After a centred 256 × 256 "cover" crop, (32, 32) is red, (224, 32) green and (128, 224) blue.
 */
export const UPRIGHT = { width: 60, height: 40 };
export function uprightColourAt(x: number, y: number): Rgb {
  if (y >= UPRIGHT.height / 2) return BLUE;
  return x < UPRIGHT.width / 2 ? RED : GREEN;
}

/** Where stored pixel (sx, sy) appears once EXIF orientation n is applied (TIFF/EXIF definitions). */
function displayed(n: number, sx: number, sy: number): [number, number] {
  const { width: W, height: H } = UPRIGHT;
  switch (n) {
    case 1: return [sx, sy];
    case 2: return [W - 1 - sx, sy];
    case 3: return [W - 1 - sx, H - 1 - sy];
    case 4: return [sx, H - 1 - sy];
    case 5: return [sy, sx];
    case 6: return [W - 1 - sy, sx];
    case 7: return [W - 1 - sy, H - 1 - sx];
    case 8: return [sy, H - 1 - sx];
    default: throw new RangeError(`EXIF orientation ${n} does not exist`);
  }
}

/**
 * The upright picture stored sideways/mirrored as a camera would, tagged with EXIF orientation n, so
 * it only looks upright if the orientation is applied. Built pixel by pixel, independent of sharp's
 * own rotation code.
 */
export async function orientedFixture(n: number, format: FixtureFormat = "jpeg"): Promise<Buffer> {
  const swapped = n >= 5;
  const width = swapped ? UPRIGHT.height : UPRIGHT.width;
  const height = swapped ? UPRIGHT.width : UPRIGHT.height;
  const raw = Buffer.alloc(width * height * 3);
  for (let sy = 0; sy < height; sy++) {
    for (let sx = 0; sx < width; sx++) {
      const { r, g, b } = uprightColourAt(...displayed(n, sx, sy));
      raw.set([r, g, b], (sy * width + sx) * 3);
    }
  }
  const image = sharp(raw, { raw: { width, height, channels: 3 } }).withMetadata({ orientation: n });
  const bytes = await encode(image, format);
  const { orientation } = await sharp(bytes).metadata();
  if (orientation !== n) throw new Error(`fixture: wanted EXIF orientation ${n}, wrote ${orientation}`);
  return bytes;
}

/** A JPEG carrying what must never be republished: GPS position, camera, ICC profile and XMP. */
export async function jpegWithPrivateMetadata(): Promise<Buffer> {
  const bytes = await sharp({ create: { width: 64, height: 48, channels: 3, background: GREEN } })
    .withExif({
      IFD0: { Make: "Guildhall Camera", Model: "Test 1", Copyright: "Ann Example" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" },
    })
    .withIccProfile("p3")
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>')
    .jpeg()
    .toBuffer();
  const metadata = await sharp(bytes).metadata();
  if (!metadata.exif?.includes("Guildhall Camera") || !metadata.icc || !metadata.xmp) {
    throw new Error("fixture: the private metadata was not written");
  }
  return bytes;
}

/** Formats we refuse, made real (sharp writes GIF and WebP; SVG is text). */
export const gifFixture = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).gif().toBuffer();
export const webpFixture = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: RED } }).webp().toBuffer();
export const svgFixture = () =>
  Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16" fill="red"/></svg>');
/** Text that a client would name avatar.png. */
export const textFixture = () => Buffer.from("hello");

/** A noisy image, so the compressed data is long enough for a cut to land inside it. */
async function noisy(format: FixtureFormat): Promise<Buffer> {
  // sharp's types want a background even though noise replaces it.
  const noise = { type: "gaussian", mean: 128, sigma: 40 } as const;
  const image = sharp({ create: { width: 64, height: 64, channels: 3, background: BLUE, noise } });
  return encode(image, format);
}

/** A valid image cut in half, as an interrupted upload would leave it. */
export async function truncatedFixture(format: FixtureFormat): Promise<Buffer> {
  const whole = await noisy(format);
  return whole.subarray(0, whole.length >> 1);
}

/** A correct PNG signature followed by garbage. */
export const corruptPng = () =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 0xab)]);

/** A valid JPEG padded with zeros to exactly `totalBytes`: too big, yet starting like a real upload. */
export async function paddedJpeg(totalBytes: number): Promise<Buffer> {
  const jpeg = await imageFixture("jpeg", "small");
  if (totalBytes < jpeg.length) throw new RangeError(`paddedJpeg: ${totalBytes} is smaller than the JPEG itself`);
  return Buffer.concat([jpeg, Buffer.alloc(totalBytes - jpeg.length)], totalBytes);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a PNG of a few dozen bytes whose header declares width × height (50,000² by
 * default: 7.5 GB of RGB pixels). The IDAT holds one row's worth of zeros; nothing should ever get
 * far enough to notice it is short.
 */
export function pngBomb(width = 50_000, height = 50_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(1 + width * 3))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The same bomb as a JPEG: a real 16 × 16 baseline JPEG whose frame header is rewritten to 50,000². */
export async function jpegBomb(width = 50_000, height = 50_000): Promise<Buffer> {
  const jpeg = Buffer.from(await imageFixture("jpeg", "small"));
  for (let i = 2; i < jpeg.length - 8; i++) {
    if (jpeg[i] === 0xff && (jpeg[i + 1] === 0xc0 || jpeg[i + 1] === 0xc2)) {
      // SOFn: marker, length (2), precision (1), height (2), width (2)
      jpeg.writeUInt16BE(height, i + 5);
      jpeg.writeUInt16BE(width, i + 7);
      return jpeg;
    }
  }
  throw new Error("fixture: no SOF marker in the JPEG");
}
