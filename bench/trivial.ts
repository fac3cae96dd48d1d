/**
 * `npm run bench:trivial` (issue #12): the smallest GraphQL request, `{ __typename }` POSTed as JSON, answered
 * by Guildhall next to a bare node:http server that reads the body and answers the same bytes with the same
 * status and content-type. It measures what the stack (fastify, Apollo, Guildhall's hooks) costs per request
 * when there is no work to do. Goal: Guildhall's req/s ≥ 0.40 of bare, with default logging on.
 *
 * Three servers, each a child process of its own (so CPU and RSS are theirs): bare, Guildhall with the default
 * LOG_LEVEL (what a user runs; its JSON log lines go to a file, not this terminal) and Guildhall with
 * LOG_LEVEL=silent, to say what per-request logging costs. The same load (autocannon in a child process,
 * BENCH_CONNECTIONS, default 50) goes to each in turn, BENCH_TRIVIAL_ROUNDS rounds (default 3) interleaved,
 * each a BENCH_WARMUP s warm-up (default 3) and a BENCH_DURATION s measured run (default 10). Server CPU per
 * request comes from /proc/<pid>/stat (utime + stime) over the measured run. Where `taskset` exists and there
 * are two cores or more, the servers are pinned to core 0 and the load generator to core 1 (BENCH_PIN=0: not),
 * so a server has one core, as on a small host. PostgreSQL when DATABASE_URL is set (a database of its own,
 * created and dropped), PGlite in temporary directories otherwise; `{ __typename }` reads nothing from either.
 * Figures go to .tmp/bench-trivial-<postgres|pglite>.json.
 */
import { execFileSync, type ChildProcess } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import os from "node:os";
import path from "node:path";
import { revision, ScenarioRun, serveForBench, uptime, writeReport } from "./scenario.ts";
import { setTimeout as sleep } from "node:timers/promises";
import type { Request, Result } from "autocannon";

const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_TRIVIAL_ROUNDS ?? 3);
const DATABASE = "guildhall_bench_trivial";
const TARGET_RATIO = 0.4;

const QUERY_BODY = JSON.stringify({ query: "{ __typename }" });
/** What Guildhall answers to it (Apollo ends its JSON with a newline); bench() checks both servers agree. */
const ANSWER = Buffer.from('{"data":{"__typename":"Query"}}\n');
const ANSWER_TYPE = "application/json; charset=utf-8";

type LoadJob = { url: string; connections: number; duration: number };
type LoadResult = { result: Result; cpuMs: number };

// ---------------------------------------------------------------------------------------------------------
// Child roles: this file is also each server and the load generator (`node bench/trivial.ts <role>`).

/** The bare server: node:http, read the body, answer the bytes Guildhall answers. Nothing else. */
function bare() {
  const server = createServer((request, response) => {
    request.on("data", () => {});
    request.on("end", () => {
      response.writeHead(200, { "content-type": ANSWER_TYPE, "content-length": ANSWER.length });
      response.end(ANSWER);
    });
  });
  server.listen(0, "127.0.0.1", () => {
    const address = server.address();
    process.send!({ port: typeof address === "object" && address ? address.port : 0 });
  });
  process.on("disconnect", () => process.exit(0));
}

/** Guildhall as `npm start` runs it, but on port 0 (reported over IPC) and the database the bench made. */
async function guildhall() {
  const { buildApp } = await import("../src/app.ts");
  const { loadConfig } = await import("../src/config.ts");
  const env: Record<string, string> = {
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
    DATA_DIR: process.env.BENCH_DATA_DIR!,
    PORT: "0",
    HOST: "127.0.0.1",
  };
  // Unset: loadConfig's default, what a user gets.
  if (process.env.BENCH_LOG_LEVEL) env.LOG_LEVEL = process.env.BENCH_LOG_LEVEL;
  const app = await buildApp(loadConfig(env));
  await serveForBench(app);
}

/** The load generator: one autocannon run per IPC message; answers with its result and its own CPU. */
async function loadGenerator() {
  const { default: autocannon } = await import("autocannon");
  const requests: Request[] = [{ method: "POST", path: "/graphql", headers: { "content-type": "application/json" }, body: QUERY_BODY }];
  process.on("message", async (job: LoadJob) => {
    const cpu = process.cpuUsage();
    const result = await autocannon({ url: job.url, connections: job.connections, duration: job.duration, timeout: 30, requests });
    const used = process.cpuUsage(cpu);
    process.send!({ result, cpuMs: (used.user + used.system) / 1000 } satisfies LoadResult);
  });
  process.on("disconnect", () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------------------
// The bench.

const adminUrl = process.env.DATABASE_URL || undefined;
const run = new ScenarioRun("bench:trivial", import.meta.filename);

const pinned = process.env.BENCH_PIN !== "0" && os.availableParallelism() >= 2 && hasTaskset();
function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-c", "0", "true"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Forks this file in `role`; on `core` (through taskset) when pinning. */
const start = (role: string, options: { env?: Record<string, string>; core: number; stdout?: number | "inherit" | "ignore" }) =>
  run.start(role, { env: options.env, stdout: options.stdout, core: pinned ? options.core : undefined });

function portOf(child: ChildProcess, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${name} exited (${code}) before listening`));
    child.once("exit", onExit);
    child.once("message", (message: { port: number }) => (child.off("exit", onExit), resolve(message.port)));
  });
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (µs) a process has used, user + system, all its threads, from /proc/<pid>/stat. */
async function cpuMicros(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}



type Target = { name: string; key: "bare" | "guildhall" | "silent"; child: ChildProcess; url: string; logFile?: string };
type Run = {
  round: number;
  result: Result;
  requestsPerSecond: number;
  serverCpuMicrosPerRequest: number;
  loadCpuShare: number;
  logBytesPerRequest: number | null;
  logLinesPerRequest: number | null;
};

/** Bytes and lines written to a log file since it was `offset` bytes long. */
async function logSince(file: string, offset: number): Promise<{ bytes: number; lines: number }> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(size - offset);
    await handle.read(buffer, 0, buffer.length, offset);
    let lines = 0;
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) lines++;
    return { bytes: buffer.length, lines };
  } finally {
    await handle.close();
  }
}

function load(loader: ChildProcess, job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
    loader.once("exit", onExit);
    loader.once("message", (result) => (loader.off("exit", onExit), resolve(result as LoadResult)));
    loader.send(job);
  });
}

/** The server must answer `{ __typename }` with exactly Guildhall's status, content-type and bytes. */
async function check(target: Target) {
  const response = await fetch(`${target.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: QUERY_BODY });
  const body = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get("content-type");
  if (response.status !== 200 || type !== ANSWER_TYPE || !body.equals(ANSWER)) {
    throw new Error(`${target.name} answered ${response.status} ${type} ${JSON.stringify(body.toString())}, not 200 ${ANSWER_TYPE} ${JSON.stringify(ANSWER.toString())}`);
  }
}

async function bench() {
  const kind = adminUrl ? "postgres" : "pglite";
  const scratch = await run.scratchDirectory("guildhall-bench-trivial-");
  let databaseUrl = "";
  if (adminUrl) databaseUrl = await run.database(adminUrl, DATABASE);

  const before = uptime();
  const code = revision();
  console.log(
    `bench:trivial: ${kind}, ${code}, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${WARMUP} s warm-up + ${DURATION} s per server; ` +
      (pinned ? "servers pinned to core 0, load generator to core 1 (taskset)" : "not pinned") +
      `; ${before}`,
  );

  // Guildhall's default log goes to a file, as it would to a log collector; the silent one writes nothing.
  const logFile = path.join(scratch, "guildhall.log");
  const logFd = openSync(logFile, "a");
  const env = (name: string, logLevel?: string) => ({
    BENCH_DATABASE_URL: databaseUrl,
    BENCH_DATA_DIR: path.join(scratch, name), // PGlite: one directory per process
    BENCH_LOG_LEVEL: logLevel ?? "",
  });
  const bareChild = start("bare", { core: 0 });
  const defaultChild = start("guildhall", { core: 0, env: env("default"), stdout: logFd });
  const silentChild = start("guildhall", { core: 0, env: env("silent", "silent"), stdout: "ignore" });
  const loader = start("load", { core: 1 });
  const [barePort, defaultPort, silentPort] = await Promise.all([
    portOf(bareChild, "the bare server"),
    portOf(defaultChild, "Guildhall (default logging)"),
    portOf(silentChild, "Guildhall (LOG_LEVEL=silent)"),
  ]);
  closeSync(logFd);
  const targets: Target[] = [
    { name: "bare node:http, same answer", key: "bare", child: bareChild, url: `http://127.0.0.1:${barePort}` },
    { name: "Guildhall, default logging (info)", key: "guildhall", child: defaultChild, url: `http://127.0.0.1:${defaultPort}`, logFile },
    { name: "Guildhall, LOG_LEVEL=silent", key: "silent", child: silentChild, url: `http://127.0.0.1:${silentPort}` },
  ];
  for (const target of targets) await check(target);

  const runs = new Map<Target["key"], Run[]>(targets.map((target) => [target.key, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      process.stdout.write(`round ${round}, ${target.name}: warming up… `);
      await load(loader, { url: target.url, connections: CONNECTIONS, duration: WARMUP });
      const pid = target.child.pid!;
      const [cpuBefore, logBefore] = [await cpuMicros(pid), target.logFile ? (await stat(target.logFile)).size : 0];
      process.stdout.write("measuring… ");
      const { result, cpuMs } = await load(loader, { url: target.url, connections: CONNECTIONS, duration: DURATION });
      await sleep(300); // log lines still buffered, and the requests the end of the run cut off, are the run's too
      const cpu = (await cpuMicros(pid)) - cpuBefore;
      const served = Math.max(1, result.requests.total);
      const logged = target.logFile ? await logSince(target.logFile, logBefore) : null;
      const run: Run = {
        round,
        result,
        requestsPerSecond: result.requests.total / result.duration,
        serverCpuMicrosPerRequest: cpu / served,
        loadCpuShare: cpuMs / (result.duration * 1000),
        logBytesPerRequest: logged === null ? null : logged.bytes / served,
        logLinesPerRequest: logged === null ? null : logged.lines / served,
      };
      runs.get(target.key)!.push(run);
      console.log(`${Math.round(run.requestsPerSecond)} req/s, ${Math.round(run.serverCpuMicrosPerRequest)} µs CPU per request (${uptime()})`);
      if (result.non2xx || result.errors) console.warn(`  ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
  }
  const rss = Object.fromEntries(await Promise.all(targets.map(async (target) => [target.key, await rssMb(target.child.pid!)] as const)));
  const after = uptime();

  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const bareRuns = runs.get("bare")!;
  const summary = targets.map((target) => {
    const own = runs.get(target.key)!;
    // Each round's ratio is to the bare run of the same round (the machine's state drifts between rounds).
    const ratios = own.map((run, i) => run.requestsPerSecond / bareRuns[i]!.requestsPerSecond);
    return {
      name: target.name,
      key: target.key,
      requestsPerSecond: mean(own.map((run) => run.requestsPerSecond)),
      perRound: own.map((run) => Math.round(run.requestsPerSecond)),
      ratio: mean(ratios),
      ratioRange: [Math.min(...ratios), Math.max(...ratios)],
      /** Bare's CPU per request over this server's: the req/s ratio two servers would reach on one saturated core. */
      cpuRatio: mean(bareRuns.map((run) => run.serverCpuMicrosPerRequest)) / mean(own.map((run) => run.serverCpuMicrosPerRequest)),
      p50: median(own.map((run) => run.result.latency.p50)),
      p99: median(own.map((run) => run.result.latency.p99)),
      serverCpuMicrosPerRequest: mean(own.map((run) => run.serverCpuMicrosPerRequest)),
      loadCpuShare: mean(own.map((run) => run.loadCpuShare)),
      logBytesPerRequest: own[0]!.logBytesPerRequest === null ? null : mean(own.map((run) => run.logBytesPerRequest!)),
      logLinesPerRequest: own[0]!.logLinesPerRequest === null ? null : mean(own.map((run) => run.logLinesPerRequest!)),
      non2xx: own.reduce((sum, run) => sum + run.result.non2xx, 0),
      errors: own.reduce((sum, run) => sum + run.result.errors, 0),
      rssMb: rss[target.key]!,
    };
  });

  const lines = [
    "| Server | req/s (mean; each round) | vs bare (mean; range) | p50 ms | p99 ms | server CPU µs per request | vs bare by CPU | load generator CPU | log bytes per request | RSS MB | non-2xx / errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...summary.map((row) =>
      [
        row.name,
        `${Math.round(row.requestsPerSecond)} (${row.perRound.join(", ")})`,
        `${row.ratio.toFixed(2)} (${row.ratioRange.map((value) => value.toFixed(2)).join("–")})`,
        row.p50,
        row.p99,
        Math.round(row.serverCpuMicrosPerRequest),
        row.cpuRatio.toFixed(2),
        `${Math.round(row.loadCpuShare * 100)} % of a core`,
        row.logBytesPerRequest === null ? "–" : Math.round(row.logBytesPerRequest),
        Math.round(row.rssMb),
        `${row.non2xx} / ${row.errors}`,
      ].join(" | "),
    ).map((line) => `| ${line} |`),
  ];
  const [, withLogs, silent] = summary as [(typeof summary)[number], (typeof summary)[number], (typeof summary)[number]];
  const loggingCpu = withLogs.serverCpuMicrosPerRequest - silent.serverCpuMicrosPerRequest;
  const loggingThroughput = 1 - withLogs.requestsPerSecond / silent.requestsPerSecond;
  const verdict = withLogs.ratio >= TARGET_RATIO ? "PASS" : "FAIL";
  console.log();
  console.log(`{ __typename } over POST /graphql, ${kind}, ${code}; ${CONNECTIONS} connections; ${ROUNDS} interleaved rounds of ${WARMUP} s + ${DURATION} s; ${pinned ? "servers on core 0, load on core 1" : "not pinned"}`);
  console.log(`before: ${before}; after: ${after}`);
  console.log();
  console.log(lines.join("\n"));
  console.log();
  console.log(
    `Per-request logging (${withLogs.logLinesPerRequest?.toFixed(2)} JSON lines, ${withLogs.logBytesPerRequest?.toFixed(0)} bytes per request, to a file): ` +
      `${loggingCpu.toFixed(0)} µs of server CPU per request (${((100 * loggingCpu) / withLogs.serverCpuMicrosPerRequest).toFixed(0)} % of it), ` +
      `${(100 * loggingThroughput).toFixed(0)} % of the silent server's req/s.`,
  );
  console.log(
    `${verdict}: Guildhall with default logging reaches ${withLogs.ratio.toFixed(2)} of bare node:http's req/s (goal ≥ ${TARGET_RATIO.toFixed(2)}), ` +
      `${withLogs.cpuRatio.toFixed(2)} by CPU per request; silent: ${silent.ratio.toFixed(2)}, ${silent.cpuRatio.toFixed(2)} by CPU.`,
  );
  if (summary.some((row) => row.loadCpuShare > 0.9)) {
    console.log("Note: the load generator used over 90 % of its core in some runs; the fastest server's figure may be the generator's limit, so the ratio is an upper bound.");
  }

  await writeReport("trivial", kind, {
    revision: code,
    connections: CONNECTIONS,
    warmupSeconds: WARMUP,
    durationSeconds: DURATION,
    rounds: ROUNDS,
    pinned,
    loadBefore: before,
    loadAfter: after,
    summary,
    logging: { cpuMicrosPerRequest: loggingCpu, throughputShare: loggingThroughput },
    verdict,
    runs: Object.fromEntries([...runs].map(([key, list]) => [key, list.map(({ result, ...run }) => ({ ...run, latency: result.latency, non2xx: result.non2xx, errors: result.errors }))])),
  });
}

const role = process.argv[2];
if (role === "bare") bare();
else if (role === "guildhall") await guildhall();
else if (role === "load") await loadGenerator();
else await run.main(120 + ROUNDS * 3 * (DURATION + WARMUP + 5), bench);
