/**
 * `npm run bench`: seeds a realistic dataset, starts Guildhall in-process and measures the organisation
 * page three ways under the same load: (a) one GraphQL query, (b) the three REST calls a client makes for
 * the same page, (c) the floor, a hand-written node:http + SQL implementation (bench/floor.ts), served from a
 * process of its own (bench/floor-process.ts).
 *
 * PostgreSQL when DATABASE_URL is set (a dedicated database, guildhall_bench, created and dropped here);
 * PGlite in a temporary directory otherwise. The load generator (autocannon) runs in a child process so it
 * does not share the server's event loop. Settings: BENCH_DURATION (s, default 5), BENCH_WARMUP (s, default
 * 3 before each one's first measurement, at most 1 before the others: the server is warm by then, and the turn
 * before it only needs its connections opened again), BENCH_CONNECTIONS (default 50), BENCH_ROUNDS (default 9:
 * GraphQL, REST and, on PostgreSQL, the floor are each measured this many times, taking turns, a different one
 * first each round; the table shows each one's median round, and REST/GraphQL and GraphQL/floor are the medians
 * of the rounds' own ratios). Short turns and many rounds, because this machine's speed drifts by a third within
 * a minute: the three measurements of a round share more of the same drift, and a median of nine ratios moves
 * less than one of five (with 5 rounds of 10 s, one run's GraphQL/floor rounds ranged from 0.55 to 1.11).
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Result } from "autocannon";
import { buildApp, type App } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import type { FloorCounters } from "./floor-process.ts";
import { PAGE_QUERY, REST_PAGE_CALLS } from "./page.ts";
import { benchDatabase, SERVER_NODE_FLAGS } from "./scenario.ts";
import type { LoadJob, LoadResult, Scenario } from "./load.ts";
import { seed, type Target } from "./seed.ts";

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 3);
const WARMUP_AGAIN = Math.min(WARMUP, 1);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 9));
const BENCH_DATABASE = "guildhall_bench";
const ROOT = path.resolve(import.meta.dirname, "..");


/** Started without the node flags a server gets: this process only runs itself again with them (below). */
const runsAgain = !SERVER_NODE_FLAGS.every((flag) => process.execArgv.includes(flag));

// However a run goes wrong, it ends: no target may hold the machine past this.
const budgetSeconds = 240 + 3 * ROUNDS * (DURATION + WARMUP + 5);
if (!runsAgain) {
  setTimeout(() => {
    console.error(`bench: still running after ${budgetSeconds} s, giving up`);
    process.exit(2);
  }, budgetSeconds * 1000).unref();
}

/** A server's totals so far: statements sent, requests received, CPU used (ms) by its process. */
type Counters = { read(): Promise<FloorCounters> };

type Row = {
  name: string;
  /** HTTP requests that make one page. */
  requestsPerPage: number;
  result: Result;
  /** Statements each HTTP request of the page sent, measured one request at a time. */
  statementsPerRequest: number[];
  /** Statements per HTTP request averaged over the measured run (a cross-check of the above). */
  statementsUnderLoad: number;
  /** Milliseconds of the server's process's CPU per HTTP request during the measured run. */
  cpuPerRequest: number;
  /** Milliseconds of CPU per HTTP request in PostgreSQL's backends for the bench database (NaN for PGlite, which runs in the server process). */
  databaseCpuPerRequest: number;
  /** Milliseconds of the load generator's CPU per HTTP request. */
  loadCpuPerRequest: number;
};

const adminUrl = process.env.DATABASE_URL || undefined;
const cleanups: (() => Promise<unknown>)[] = [];
let loader: ChildProcess | undefined;

async function main() {
  const kind = adminUrl ? "postgres" : "pglite";
  let databaseUrl: string | undefined;
  let dataDir: string;
  if (adminUrl) {
    const database = await benchDatabase(adminUrl, BENCH_DATABASE);
    databaseUrl = database.url;
    dataDir = path.join(os.tmpdir(), "guildhall-bench-unused");
    cleanups.push(database.drop);
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "guildhall-bench-"));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  }

  console.log(`bench: ${kind}, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per target`);
  const background = await backgroundLoad();
  console.log(background);
  const database = await openDatabase({ databaseUrl, dataDir });
  await database.migrate();
  let started = Date.now();
  const { targets, counts } = await seed(database.db);
  console.log(
    `seeded ${counts.users} users, ${counts.organisations} organisations, ${counts.memberships} memberships, ` +
      `${counts.activity} activity entries in ${((Date.now() - started) / 1000).toFixed(1)} s; ${targets.length} organisations under load`,
  );

  loader = fork(path.join(ROOT, "bench/load.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const rows: Row[] = [];

  // (a) and (b): Guildhall itself.
  started = Date.now();
  // The mail worker's outbox poll is the only background statement; once a minute keeps it out of the counts.
  const config = loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: databaseUrl ?? "", DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1", MAIL_POLL_MS: "60000" });
  let app: App | undefined = await buildApp(config, { database });
  cleanups.unshift(async () => app?.close());
  // Counted by the server, so requests that the end of a run cut off (and the client never counted) count too.
  // (The raw node:http event: a fastify hook added here would not see routes registered before it.)
  let received = 0;
  app.server.server.on("request", () => void received++);
  const guildhallCounters: Counters = {
    read: async () => {
      const cpu = process.cpuUsage();
      return { statements: database.statementCount(), requests: received, cpuMs: (cpu.user + cpu.system) / 1000 };
    },
  };
  await app.server.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.server.address();
  const guildhall = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  console.log(`Guildhall up in ${Date.now() - started} ms at ${guildhall}`);

  const sample = targets[0]!;
  const graphqlPage = await fetchJson(`${guildhall}/graphql`, sample, { query: PAGE_QUERY, variables: { id: sample.organisationId } });
  if (graphqlPage.errors) throw new Error(`the page query failed: ${JSON.stringify(graphqlPage.errors)}`);
  const graphqlCost = await countStatements(guildhallCounters, () =>
    fetchJson(`${guildhall}/graphql`, sample, { query: PAGE_QUERY, variables: { id: sample.organisationId } }),
  );
  // REST's three calls must show the page GraphQL shows (checked on every organisation under load).
  for (const target of targets) {
    const page = await fetchJson(`${guildhall}/graphql`, target, { query: PAGE_QUERY, variables: { id: target.organisationId } });
    const calls = await Promise.all(REST_PAGE_CALLS.map((suffix) => fetchJson(`${guildhall}/api/organisations/${target.organisationId}${suffix}`, target)));
    assertRestShowsPage(page, calls as [any, any[], { items: any[] }]);
  }
  const restCost = [];
  for (const suffix of REST_PAGE_CALLS) {
    restCost.push(await countStatements(guildhallCounters, () => fetchJson(`${guildhall}/api/organisations/${sample.organisationId}${suffix}`, sample)));
  }
  // (c): the floor, on the same database, with no Guildhall code in the way, in a process of its own (on its own
  // heap, as anyone would run it). On PostgreSQL it serves beside Guildhall and takes its turn in every round;
  // PGlite allows one user of its directory, so there it runs once, after Guildhall has closed.
  const floorName = `Floor: node:http + ${kind === "postgres" ? "postgres.js" : "PGlite"}, hand-written SQL`;
  const openFloor = async () => {
    // With this process's node flags (those `npm start` gives a server): the floor is a node server too.
    const child = fork(path.join(ROOT, "bench/floor-process.ts"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      env: {
        ...process.env,
        FLOOR_DATABASE_URL: databaseUrl ?? "",
        FLOOR_PGLITE_DIR: path.join(dataDir, "pglite"),
        FLOOR_AVATAR_BASE: `${config.publicUrl}/avatars`,
      },
    });
    cleanups.unshift(async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      await Promise.race([exited, sleep(10_000).then(() => child.kill())]);
    });
    const url = ((await reply(child)) as { ready: string }).ready;
    const counters: Counters = { read: () => ask<FloorCounters>(child, "counters") };
    assertSamePage(graphqlPage, await fetchJson(`${url}/organisations/${sample.organisationId}`, sample));
    const cost = await countStatements(counters, () => fetchJson(`${url}/organisations/${sample.organisationId}`, sample));
    return {
      version: async () => (await ask<{ version: string }>(child, "version")).version,
      measure: () => measure(floorName, url, "floor", targets, counters, [cost], 1),
    };
  };
  let floor = databaseUrl ? await openFloor() : undefined;

  // Round after round, each implementation in turn, starting one later each round: the machine's speed drifts
  // (other tenants of the host), and a ratio is only fair when both sides saw the same drift. Each keeps its
  // median round in the table; the ratios quoted are the medians of the rounds' own.
  const rounds: Round[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order: Scenario[] = floor ? ["graphql", "rest", "floor"] : ["graphql", "rest"];
    const measured: Partial<Round> = {};
    for (let turn = 0; turn < order.length; turn++) {
      const scenario = order[(round + turn) % order.length]!;
      measured[scenario] =
        scenario === "graphql"
          ? await measure("GraphQL: organisation page query", guildhall, "graphql", targets, guildhallCounters, [graphqlCost], 1)
          : scenario === "rest"
            ? await measure(`REST: GET /:id + ${REST_PAGE_CALLS.slice(1).join(" + ")}`, guildhall, "rest", targets, guildhallCounters, restCost, 3)
            : await floor!.measure();
    }
    rounds.push(measured as Round);
  }
  rows.push(medianRow(rounds.map((round) => round.graphql)), medianRow(rounds.map((round) => round.rest)));
  await app.close(); // closes the database too; PGlite allows one user of its directory at a time
  app = undefined;
  if (floor) rows.push(medianRow(rounds.map((round) => round.floor!)));
  else {
    floor = await openFloor();
    rows.push(await floor.measure());
  }
  const versions = { ...(await environment(kind, databaseUrl, await floor.version())), background };
  printTable(rows, versions);
  printRounds(rounds);
  await mkdir(path.join(ROOT, ".tmp"), { recursive: true });
  await writeFile(path.join(ROOT, `.tmp/bench-${kind}.json`), JSON.stringify({ versions, rows, rounds }, null, 2));
}

/** The implementations measured so far (warmed up for WARMUP s the first time, WARMUP_AGAIN s after). */
const warmed = new Set<string>();

/** Warm-up, then the measured run; statements are counted over the measured run only. */
async function measure(
  name: string,
  url: string,
  scenario: Scenario,
  targets: Target[],
  counters: Counters,
  statementsPerRequest: number[],
  requestsPerPage: number,
): Promise<Row> {
  process.stdout.write(`${name}: warming up… `);
  await load({ url, scenario, targets, connections: CONNECTIONS, duration: warmed.has(name) ? WARMUP_AGAIN : WARMUP, query: PAGE_QUERY });
  warmed.add(name);
  await settle(counters); // requests cut off by the end of the warm-up still finish on the server
  const [before, databaseBefore] = [await counters.read(), await backendCpuMs()];
  process.stdout.write("measuring… ");
  const { result, cpuMs: loadCpu } = await load({ url, scenario, targets, connections: CONNECTIONS, duration: DURATION, query: PAGE_QUERY });
  const cpuAfter = (await counters.read()).cpuMs;
  const databaseCpu = (await backendCpuMs()) - databaseBefore;
  const after = await settle(counters);
  const served = Math.max(1, after.requests - before.requests);
  const statementsUnderLoad = (after.statements - before.statements) / served;
  // The server's own CPU (its process: Guildhall's, or the floor's; and PGlite when it is the database).
  const cpuPerRequest = (cpuAfter - before.cpuMs) / served;
  const databaseCpuPerRequest = databaseCpu / served;
  const loadCpuPerRequest = loadCpu / served;
  console.log(`${Math.round(result.requests.average)} req/s`);
  if (result.non2xx || result.errors) console.warn(`  ${name}: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
  return { name, requestsPerPage, result, statementsPerRequest, statementsUnderLoad, cpuPerRequest, databaseCpuPerRequest, loadCpuPerRequest };
}

/** Waits until the server has stopped sending statements (at most 15 s); its counters then. */
async function settle(counters: Counters): Promise<FloorCounters> {
  let now = await counters.read();
  for (let last = -1, waited = 0; now.statements !== last && waited < 15_000; waited += 250) {
    last = now.statements;
    await sleep(250);
    now = await counters.read();
  }
  return now;
}

/**
 * CPU time (ms) used so far by the PostgreSQL backends serving the bench database, read from /proc (their
 * command line names the database). NaN with PGlite, or where /proc cannot tell.
 */
async function backendCpuMs(): Promise<number> {
  if (!adminUrl || !["127.0.0.1", "localhost", "[::1]"].includes(new URL(adminUrl).hostname)) return NaN;
  let ticks = 0;
  try {
    for (const pid of (await readdir("/proc")).filter((entry) => /^\d+$/.test(entry))) {
      const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
      if (!cmdline.startsWith("postgres: ") || !cmdline.includes(` ${BENCH_DATABASE} `)) continue;
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
    }
  } catch {
    return NaN;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** How busy the machine is before the bench starts (other work skews every figure), from /proc/stat. */
async function backgroundLoad(): Promise<string> {
  const sample = async () => (await readFile("/proc/stat", "utf8")).split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  try {
    const a = await sample();
    await sleep(2000);
    const b = await sample();
    const d = b.map((value, i) => value - a[i]!);
    const total = d.slice(0, 8).reduce((sum, value) => sum + value, 0);
    const busy = d[0]! + d[1]! + d[2]! + d[5]! + d[6]!;
    return `before the run: ${Math.round((100 * busy) / total)} % of the cores busy, ${Math.round((100 * d[7]!) / total)} % stolen by the host, load average ${os.loadavg()[0]!.toFixed(2)}`;
  } catch {
    return "background load unknown (no /proc/stat)";
  }
}

function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = loader!;
    const onExit = (code: number | null) => reject(new Error(`the load generator exited (${code})`));
    child.once("exit", onExit);
    child.once("message", (result) => (child.off("exit", onExit), resolve(result as LoadResult)));
    child.send(job);
  });
}

async function fetchJson(url: string, target: Target, body?: unknown): Promise<any> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${target.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Statements one request sends: the least of three tries, so a stray background statement does not count. */
async function countStatements(counters: Counters, request: () => Promise<unknown>): Promise<number> {
  let least = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = (await counters.read()).statements;
    await request();
    least = Math.min(least, (await counters.read()).statements - before);
  }
  return least;
}

/** The next message a child process sends. */
function reply(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    // Gone already (it died during a measurement): no "exit" is coming to wait for.
    if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`the floor's process exited (${child.exitCode ?? child.signalCode})`));
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => reject(new Error(`the floor's process exited (${code ?? signal})`));
    child.once("exit", onExit);
    child.once("message", (message) => (child.off("exit", onExit), resolve(message)));
  });
}

/** Asks the floor's process one thing (one question at a time: answers come in order). */
async function ask<T>(child: ChildProcess, question: string): Promise<T> {
  const answer = reply(child);
  child.send(question);
  return (await answer) as T;
}

/** REST's calls must answer the page's question: the same organisation, members and activity. */
function assertRestShowsPage(graphql: any, [organisation, members, activity]: [any, any[], { items: any[] }]) {
  const page = graphql.data.organisation;
  const same = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) throw new Error(`REST disagrees with GraphQL on ${what}: ${JSON.stringify(y)} vs ${JSON.stringify(x)}`);
  };
  same("the organisation", [page.id, page.name, page.memberCount], [organisation.id, organisation.name, organisation.memberCount]);
  same("members", page.members.nodes.map((m: any) => m.user.email), members.map((m) => m.email));
  same("activity", page.activity.nodes.map((e: any) => e.id), activity.items.map((e) => e.id));
}

/** The floor must answer the same question: same members, same activity, same counts. */
function assertSamePage(graphql: any, floor: any) {
  const a = graphql.data.organisation;
  const b = floor.data.organisation;
  const same = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) throw new Error(`the floor disagrees with GraphQL on ${what}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  };
  same("memberCount", a.memberCount, b.memberCount);
  same("owner", a.owner, b.owner);
  same("members", a.members.nodes.map((m: any) => m.user.email), b.members.nodes.map((m: any) => m.user.email));
  same("activity", a.activity.nodes.map((e: any) => [e.id, e.ip, e.actor?.email]), b.activity.nodes.map((e: any) => [e.id, e.ip, e.actor?.email]));
}

async function environment(kind: string, databaseUrl: string | undefined, serverVersion: string) {
  const packageVersion = async (name: string) =>
    JSON.parse(await readFile(path.join(ROOT, "node_modules", name, "package.json"), "utf8")).version as string;
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: `${cpus.length} × ${cpus[0]?.model.trim()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}`,
    node: `${process.version}${SERVER_NODE_FLAGS.length ? ` ${SERVER_NODE_FLAGS.join(" ")}` : ""}`,
    database: kind === "postgres" ? serverVersion.split(" on ")[0] : `PGlite ${await packageVersion("@electric-sql/pglite")} (${serverVersion.split(" on ")[0]})`,
    databaseUrl: databaseUrl ? databaseUrl.replace(/\/\/[^@]*@/, "//…@") : undefined,
    packages: Object.fromEntries(
      await Promise.all(
        ["@apollo/server", "@as-integrations/fastify", "fastify", "graphql", "drizzle-orm", "postgres", "dataloader", "autocannon"].map(
          async (name) => [name, await packageVersion(name)] as const,
        ),
      ),
    ),
    load: `autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up (${WARMUP_AGAIN} s in later rounds), ${DURATION} s measured, ${ROUNDS} rounds, in a child process`,
  };
}

const pagesPerSecond = (row: Row) => row.result.requests.average / row.requestsPerPage;

/** One round: each implementation measured once (the floor only where it can serve beside Guildhall). */
type Round = { graphql: Row; rest: Row; floor?: Row };

/** The round whose pages/s is the median of the rounds'. */
function medianRow(rows: Row[]): Row {
  return [...rows].sort((a, b) => pagesPerSecond(a) - pagesPerSecond(b))[Math.floor((rows.length - 1) / 2)]!;
}

/** Each round's pages/s, and the ratios the goals name within each round (their medians are the figures to quote). */
function printRounds(rounds: Round[]) {
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const restShare = rounds.map((round) => pagesPerSecond(round.rest) / pagesPerSecond(round.graphql));
  const floorShare = rounds.map((round) => (round.floor ? pagesPerSecond(round.graphql) / pagesPerSecond(round.floor) : NaN));
  for (const [index, round] of rounds.entries()) {
    console.log(
      `round ${index + 1}: GraphQL ${Math.round(pagesPerSecond(round.graphql))}, REST ${Math.round(pagesPerSecond(round.rest))}` +
        (round.floor ? `, floor ${Math.round(pagesPerSecond(round.floor))}` : "") +
        ` pages/s; REST/GraphQL ${restShare[index]!.toFixed(2)}` +
        (round.floor ? `, GraphQL/floor ${floorShare[index]!.toFixed(2)}` : ""),
    );
  }
  const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
  console.log(`REST/GraphQL pages/s, median of ${rounds.length} rounds: ${median(restShare).toFixed(2)} (${range(restShare)})`);
  if (rounds[0]?.floor) console.log(`GraphQL/floor pages/s, median of ${rounds.length} rounds: ${median(floorShare).toFixed(2)} (${range(floorShare)})`);
}

function printTable(rows: Row[], versions: Awaited<ReturnType<typeof environment>> & { background: string }) {
  const floor = rows.at(-1)!;
  const lines = [
    "| Implementation | HTTP req/s | pages/s | vs floor | p50 ms | p99 ms | CPU ms per request: server · PostgreSQL · load generator | SQL statements per request | per page | KB per page | non-2xx / errors |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map((row) => {
      const r = row.result;
      const perPage = row.statementsPerRequest.reduce((sum, n) => sum + n, 0);
      const bytesPerPage = (r.throughput.average / r.requests.average) * row.requestsPerPage;
      return [
        row.name,
        Math.round(r.requests.average),
        Math.round(pagesPerSecond(row)),
        (pagesPerSecond(row) / pagesPerSecond(floor)).toFixed(2),
        r.latency.p50,
        r.latency.p99,
        [row.cpuPerRequest, row.databaseCpuPerRequest, row.loadCpuPerRequest].map((ms) => (Number.isNaN(ms) ? "–" : ms.toFixed(1))).join(" · "),
        `${row.statementsPerRequest.join(" + ")} (load avg ${row.statementsUnderLoad.toFixed(2)})`,
        perPage,
        (bytesPerPage / 1024).toFixed(1),
        `${r.non2xx} / ${r.errors}`,
      ].join(" | ");
    }),
  ].map((line) => (line.startsWith("|") ? line : `| ${line} |`));
  console.log();
  console.log(`${versions.date} · ${versions.machine} · Node ${versions.node} · ${versions.database}`);
  console.log(Object.entries(versions.packages).map(([name, version]) => `${name} ${version}`).join(", "));
  console.log(versions.load);
  console.log(versions.background);
  console.log();
  console.log(lines.join("\n"));
  console.log();
  console.log("REST latencies are per HTTP request (a page is three of them, one after another); req/s counts every request, pages/s divides by three.");
}

if (runsAgain) {
  // Guildhall serves in this process: run again with the flags `npm start` gives the server, and stop with it.
  const again = fork(process.argv[1]!, process.argv.slice(2), { execArgv: [...SERVER_NODE_FLAGS, ...process.execArgv], stdio: "inherit" });
  again.on("exit", (code) => process.exit(code ?? 1));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => again.kill(signal));
} else {
  // Run again by a first process that is gone: clean up (the bench database, PGlite's directory) and stop too.
  process.once("disconnect", async () => {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    process.exit(1);
  });
  try {
    await main();
  } catch (error) {
    console.error("bench failed:", error);
    process.exitCode = 1;
  } finally {
    loader?.disconnect();
    for (const cleanup of cleanups) await cleanup().catch((error) => console.error("cleanup:", error));
  }
  process.exit(process.exitCode ?? 0);
}
