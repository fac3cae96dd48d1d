/**
 * The start scenario of `npm run bench` (`npm run bench:start`): runs the real `npm start` as a child
 * process (npm → sh → node, in a process group of its own) BENCH_START_RUNS times (default 5) per database,
 * polls GET /readyz every 10 ms until it answers 200, and records the time from spawn to that 200 and
 * the RSS of the node process that listens (from /proc), 1 s after ready and again after
 * BENCH_START_IDLE_SECONDS (default 5) of idling. Prints the median (min–max) per database.
 * Goals (issue #12): ready in ≤ 1 s on PostgreSQL and ≤ 2 s on an existing PGlite directory; idle RSS
 * ≤ 150 MB on PostgreSQL.
 *
 * PostgreSQL when DATABASE_URL is set: a dedicated database, guildhall_bench_start, created and dropped
 * here. PGlite always: a temporary data directory. Each database gets one warm-up start first, not
 * counted (it migrates the new database, builds dist/ if the sources changed, and writes the build's code
 * cache), so the runs measure the start of an existing installation. BENCH_START_COMMAND replaces `npm start` (to compare variants,
 * e.g. "node --import tsx src/main.ts").
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, readlink, rm } from "node:fs/promises";
import { request } from "node:http";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { benchDatabase } from "./scenario.ts";

const RUNS = Number(process.env.BENCH_START_RUNS ?? 5);
const IDLE_SECONDS = Number(process.env.BENCH_START_IDLE_SECONDS ?? 5);
const COMMAND = process.env.BENCH_START_COMMAND ?? "npm start";
const DATABASE = "guildhall_bench_start";
const ROOT = path.resolve(import.meta.dirname, "..");
const adminUrl = process.env.DATABASE_URL || undefined;
/** A start that takes longer than this is a failure, not a figure. */
const START_TIMEOUT_MS = 60_000;

type Run = { readyMs: number; rssAfter1s: number; rssIdle: number; treeRss: number };

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The status of GET url, or 0 when nothing answers (yet). */
function status(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve(0));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}

async function rssOf(pid: number): Promise<number> {
  const text = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  return Number(/VmRSS:\s+(\d+) kB/.exec(text)?.[1] ?? 0) * 1024;
}

/** Every process of the group (npm, sh, node). */
async function processGroup(pgid: number): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => "");
    // Fields after the command's closing parenthesis: state ppid pgrp ...
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) pids.push(Number(entry));
  }
  return pids;
}

/** The process of the group that holds the listening socket on `port` (the server, not npm or sh). */
async function listenerOf(pgid: number, port: number): Promise<number> {
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const text = await readFile(table, "utf8").catch(() => "");
    for (const line of text.split("\n").slice(1)) {
      const columns = line.trim().split(/\s+/);
      // local_address is HEX_IP:HEX_PORT; state 0A is LISTEN; the inode is the tenth column.
      if (columns[3] === "0A" && Number.parseInt(columns[1]?.split(":")[1] ?? "", 16) === port) inodes.add(columns[9]!);
    }
  }
  for (const pid of await processGroup(pgid)) {
    const fds = await readdir(`/proc/${pid}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const link = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => "");
      const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
      if (inode && inodes.has(inode)) return pid;
    }
  }
  throw new Error(`no process of group ${pgid} listens on port ${port}`);
}

/** One `npm start`: time to a 200 from /readyz, then the listener's RSS at 1 s and after the idle wait. */
async function startOnce(env: Record<string, string>, idleSeconds: number): Promise<Run> {
  const port = await freePort();
  let output = "";
  const started = performance.now();
  const [file, ...args] = COMMAND.split(/\s+/);
  const child = spawn(file!, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
  });
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let ended = false;
  void exited.then(() => (ended = true));
  try {
    let readyMs = 0;
    while (!readyMs) {
      if (ended) throw new Error(`\`${COMMAND}\` exited before it was ready:\n${output}`);
      if (performance.now() - started > START_TIMEOUT_MS) throw new Error(`not ready after ${START_TIMEOUT_MS} ms:\n${output}`);
      if ((await status(`http://127.0.0.1:${port}/readyz`)) === 200) readyMs = performance.now() - started;
      else await sleep(10);
    }
    const server = await listenerOf(child.pid!, port);
    await sleep(1000);
    const rssAfter1s = await rssOf(server);
    await sleep(idleSeconds * 1000);
    const rssIdle = await rssOf(server);
    let treeRss = 0;
    for (const pid of await processGroup(child.pid!)) treeRss += await rssOf(pid);
    return { readyMs, rssAfter1s, rssIdle, treeRss };
  } finally {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // Already gone.
    }
    const killer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 15_000);
    await exited;
    clearTimeout(killer);
    // npm may exit before the server has finished shutting down: wait for the whole group.
    for (let i = 0; i < 1500 && (await processGroup(child.pid!)).length; i++) await sleep(10);
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const ms = (value: number) => value.toFixed(0);
/** "median (min–max)" */
const summary = (values: number[], format: (value: number) => string) =>
  `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;

async function measure(name: string, env: Record<string, string>): Promise<string> {
  // Up long enough after ready for the first start of a build to write its code cache (scripts/start.js).
  const warmUp = await startOnce(env, 2);
  console.log(`  ${name}: warm-up start (not counted) ready in ${ms(warmUp.readyMs)} ms`);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await startOnce(env, IDLE_SECONDS);
    runs.push(run);
    console.log(`  ${name}: run ${i + 1}/${RUNS} ready in ${ms(run.readyMs)} ms, RSS ${mb(run.rssAfter1s)} MB at 1 s, ${mb(run.rssIdle)} MB idle (load ${os.loadavg()[0]!.toFixed(2)})`);
  }
  return `| ${name} | ${summary(
    runs.map((run) => run.readyMs),
    ms,
  )} | ${summary(
    runs.map((run) => run.rssAfter1s),
    mb,
  )} | ${summary(
    runs.map((run) => run.rssIdle),
    mb,
  )} | ${summary(
    runs.map((run) => run.treeRss),
    mb,
  )} |`;
}

async function main() {
  const [load1, load5, load15] = os.loadavg().map((value) => value.toFixed(2));
  console.log(`\nStart: \`${COMMAND}\` ×${RUNS} per database to a 200 from /readyz (load average before: ${load1}, ${load5}, ${load15}; ${os.availableParallelism()} cores)`);
  const rows: string[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "guildhall-bench-start-"));
  try {
    if (adminUrl) {
      const database = await benchDatabase(adminUrl, DATABASE);
      try {
        rows.push(await measure("PostgreSQL", { DATABASE_URL: database.url, DATA_DIR: dataDir }));
      } finally {
        await database.drop();
      }
    } else {
      console.log("  PostgreSQL: skipped (set DATABASE_URL to include it)");
    }
    rows.push(await measure("PGlite (existing directory)", { DATABASE_URL: "", DATA_DIR: dataDir }));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  console.log(`\n| Database | ready ms, median (min–max) | server RSS 1 s after ready, MB | server RSS after ${IDLE_SECONDS} s more idle, MB | npm + sh + node RSS, MB |`);
  console.log(`|---|---:|---:|---:|---:|`);
  for (const row of rows) console.log(row);
}

await main();
process.exit(0);
