/**
 * The avatar scenario of `npm run bench`: uploads per second of a 2000 × 2000 JPEG through
 * POST /api/organisations/:id/avatar, beside sharp processing the same image directly (processAvatar,
 * the same work minus HTTP, multipart, the queue and the database) in the same run, with the same
 * number of uploads at once; then the server's peak memory while 20 uploads run at once.
 * PostgreSQL when DATABASE_URL is set (a database of its own, created and dropped), PGlite otherwise.
 * BENCH_AVATAR_SECONDS (default 8) per measurement.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchDatabase } from "./scenario.ts";
import sharp from "sharp";
import { fork } from "node:child_process";
import { readFile } from "node:fs/promises";
import { configureSharp, DEFAULT_AVATAR_CONCURRENCY, processAvatar } from "../src/modules/avatars/image.ts";

const SECONDS = Number(process.env.BENCH_AVATAR_SECONDS ?? 8);
const DATABASE = "guildhall_bench_avatars";
const adminUrl = process.env.DATABASE_URL || undefined;

/** A 2000 × 2000 photo-like JPEG: smooth gradients with fine noise, as a camera gives. */
async function photo(): Promise<Buffer> {
  const size = 2000;
  const raw = Buffer.alloc(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 3;
      const noise = ((i * 2654435761) >>> 28) - 8;
      raw[i] = Math.max(0, Math.min(255, (x * 255) / size + noise));
      raw[i + 1] = Math.max(0, Math.min(255, (y * 255) / size + noise));
      raw[i + 2] = Math.max(0, Math.min(255, 128 + 100 * Math.sin((x + y) / 90) + noise));
    }
  }
  return sharp(raw, { raw: { width: size, height: size, channels: 3 } }).jpeg({ quality: 92 }).toBuffer();
}

/** The resident memory of a process now, from /proc (bytes). */
async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

/** Runs `task` with `concurrency` at once for SECONDS; returns completions per second. */
async function throughput(concurrency: number, task: () => Promise<unknown>): Promise<number> {
  const until = Date.now() + SECONDS * 1000;
  let done = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < until) {
        await task();
        done++;
      }
    }),
  );
  return done / ((Date.now() - started) / 1000);
}

async function main() {
  const image = await photo();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "guildhall-bench-avatars-"));
  const database = adminUrl ? await benchDatabase(adminUrl, DATABASE) : undefined;
  const databaseUrl = database?.url;
  // sharp alone first, with the machine to itself and the server's settings.
  configureSharp();
  const concurrency = DEFAULT_AVATAR_CONCURRENCY;
  await processAvatar(image);
  const direct = await throughput(concurrency, () => processAvatar(image));

  const server = fork(path.join(import.meta.dirname, "avatar-server.ts"), [], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? "", BENCH_DATA_DIR: dataDir },
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once("message", (message: { port: number }) => resolve(message.port));
      server.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const register = await fetch(`${base}/api/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: `bench-${Date.now()}@example.com`, password: "correct horse battery staple" }),
    });
    const { token } = (await register.json()) as { token: string };
    const headers = { authorization: `Bearer ${token}` };
    const created = await fetch(`${base}/api/organisations`, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ name: "Bench", handle: `bench-${Date.now().toString(36)}` }),
    });
    const { id } = (await created.json()) as { id: string };
    // The multipart body is built once: the load generator shares the machine, so it should cost little.
    const boundary = "guildhall-bench-boundary";
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="photo.jpg"\r\ncontent-type: image/jpeg\r\n\r\n`),
      image,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = async () => {
      const response = await fetch(`${base}/api/organisations/${id}/avatar`, {
        method: "POST",
        headers: { ...headers, "content-type": `multipart/form-data; boundary=${boundary}` },
        body: new Uint8Array(body),
      });
      if (response.status !== 200) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    };
    await upload();
    // The server's peak memory while 20 uploads run at once, sampled every 10 ms (measured first, from
    // a server that has handled one upload, so earlier load does not hide the rise).
    const baseline = await rssOf(server.pid!);
    let peak = baseline;
    const sampler = setInterval(() => void rssOf(server.pid!).then((rss) => (peak = Math.max(peak, rss))), 10);
    await Promise.all(Array.from({ length: 20 }, upload));
    clearInterval(sampler);

    const viaRest = await throughput(concurrency, upload);

    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(`\nAvatars (${adminUrl ? "PostgreSQL" : "PGlite"}): a ${image.length.toLocaleString()}-byte 2000 × 2000 JPEG, ${concurrency} at once, ${SECONDS} s each`);
    console.log("| Implementation | uploads/s | vs sharp |");
    console.log("|---|---:|---:|");
    console.log(`| sharp directly (processAvatar) | ${direct.toFixed(1)} | 1.00 |`);
    console.log(`| REST: POST /api/organisations/:id/avatar (multipart) | ${viaRest.toFixed(1)} | ${(viaRest / direct).toFixed(2)} |`);
    console.log(`Server peak RSS with 20 uploads at once: ${mb(peak)} MB (${mb(peak - baseline)} MB above the ${mb(baseline)} MB before them).`);
  } finally {
    server.disconnect();
    await new Promise((resolve) => server.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

await main();
process.exit(0);
