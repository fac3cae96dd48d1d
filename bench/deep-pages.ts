/**
 * `npm run bench:deep-pages` (issue #12): one organisation with BENCH_DEEP_ROWS activity entries (default
 * 1,000,000); the page BENCH_DEEP_DEPTH entries deep (default 5,000) must cost no more than 1.5× the first.
 *
 * The seed writes the real tables: an owner and three members (users, organisations, organisation_members,
 * a session for the owner), then the entries with INSERT … SELECT over generate_series, 100,000 a statement
 * with a progress line. Their ids are UUIDv7 made in SQL as the application makes them (48 bits of Unix
 * milliseconds, version 7, random bits from md5, the RFC variant), one second apart, so id order is creation
 * order and keyset pages walk them newest first. Then VACUUM ANALYZE, as autovacuum would eventually.
 *
 * The deep cursor is the id of the 5,000th newest entry (computed in SQL, and checked by walking the REST
 * pages to it). The first and the deep page are then asked for over GraphQL (`organisation(id) { activity(first:
 * 20, after) }`, with and without `totalCount`) and REST (`GET /api/organisations/:id/activity?limit=20&cursor=`):
 * singly (the median of BENCH_DEEP_SINGLE requests, default 50) and under autocannon load (BENCH_DEEP_CONNECTIONS,
 * default 10; BENCH_WARMUP s warm-up, default 2; BENCH_DEEP_SECONDS measured, default 8), interleaved. It prints
 * EXPLAIN (ANALYZE, BUFFERS) of the statements whose cost could depend on depth (the activity page and its
 * count), captured from the code's own query functions (src/modules/activity/queries.ts), and the statements
 * each request sends (guildhall_db_statements in /metrics).
 *
 * Guildhall runs in a child process (LOG_LEVEL=silent, mail poll once a minute). PostgreSQL when DATABASE_URL is
 * set (a database of its own, created and dropped), PGlite in a temporary directory otherwise. Figures go to
 * .tmp/bench-deep-pages-<postgres|pglite>.json.
 */
import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { firstMessage, quantile, revision, ScenarioRun, serveForBench, uptime, writeReport } from "./scenario.ts";
import { PGLITE_SETTINGS } from "../src/db/pglite-settings.ts";
import type { Request, Result } from "autocannon";

const ROWS = Number(process.env.BENCH_DEEP_ROWS ?? 1_000_000);
const DEPTH = Number(process.env.BENCH_DEEP_DEPTH ?? 5_000);
const PAGE = 20;
const SINGLE = Number(process.env.BENCH_DEEP_SINGLE ?? 50);
const CONNECTIONS = Number(process.env.BENCH_DEEP_CONNECTIONS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const SECONDS = Number(process.env.BENCH_DEEP_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_DEEP_ROUNDS ?? 2);
const OTHER_ROWS = Number(process.env.BENCH_DEEP_OTHER_ROWS ?? 200_000);
const OTHER_ORGANISATIONS = 9;
const CHUNK = 100_000;
const DATABASE = "guildhall_bench_deep_pages";
const TARGET_RATIO = 1.5;

type LoadJob = { url: string; connections: number; duration: number; request: Request };
type LoadResult = { result: Result; cpuMs: number };

// ---------------------------------------------------------------------------------------------------------
// Child roles: this file is also the server and the load generator (`node bench/deep-pages.ts <role>`).

async function guildhall() {
  const { buildApp } = await import("../src/app.ts");
  const { loadConfig } = await import("../src/config.ts");
  const app = await buildApp(
    loadConfig({
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
      DATA_DIR: process.env.BENCH_DATA_DIR!,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      MAIL_POLL_MS: "60000",
    }),
  );
  await serveForBench(app);
}

async function loadGenerator() {
  const { default: autocannon } = await import("autocannon");
  process.on("message", async (job: LoadJob) => {
    const cpu = process.cpuUsage();
    const result = await autocannon({ url: job.url, connections: job.connections, duration: job.duration, timeout: 30, requests: [job.request] });
    const used = process.cpuUsage(cpu);
    process.send!({ result, cpuMs: (used.user + used.system) / 1000 } satisfies LoadResult);
  });
  process.on("disconnect", () => process.exit(0));
}

// ---------------------------------------------------------------------------------------------------------
// The bench.

const adminUrl = process.env.DATABASE_URL || undefined;
const scenario = new ScenarioRun("bench:deep-pages", import.meta.filename);

const start = (role: string, env: Record<string, string> = {}) => scenario.start(role, { env });


function load(loader: ChildProcess, job: LoadJob): Promise<LoadResult> {
  const answer = firstMessage<LoadResult>(loader, "the load generator");
  loader.send(job);
  return answer;
}



async function cpuMicros(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10_000; // USER_HZ is 100 on Linux
}

/** Runs SQL text on the bench's own connection to the database (postgres.js or PGlite). */
type Run = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
type Captured = { sql: string; params: unknown[] };

/**
 * The entries' INSERT … SELECT for rows `from`…`to` of a series: row i is `startMs + i × stepMs` old, its id a
 * UUIDv7 built from those milliseconds (so ids ascend with i), its organisation and actor taken in turn.
 */
function insertEntries(series: { organisations: string[]; actors: string[]; startMs: number; stepMs: number; salt: string }, from: number, to: number): string {
  const uuids = (ids: string[]) => `array[${ids.map((id) => `'${id}'::uuid`).join(", ")}]`;
  return `
    insert into activity_entries (id, organisation_id, actor_id, action, target_type, target_id, metadata, ip, created_at)
    select (lpad(to_hex(ms), 12, '0') || '7' || substr(h, 1, 3) || to_hex(8 + i % 4) || substr(h, 4, 15))::uuid,
           (${uuids(series.organisations)})[1 + i % ${series.organisations.length}],
           (${uuids(series.actors)})[1 + i % ${series.actors.length}],
           (array['server.started', 'server.stopped', 'server.created', 'member.joined', 'member.role_changed', 'invite.sent', 'dns.record_created', 'organisation.renamed'])[1 + i % 8],
           (array['server', 'server', 'server', 'user', 'user', 'invite', 'dns_record', 'organisation'])[1 + i % 8],
           h,
           jsonb_build_object('source', 'panel', 'n', i),
           '10.' || (i % 256) || '.' || (i / 256 % 256) || '.' || (1 + i % 254),
           to_timestamp(ms / 1000.0)
    from (select i, ${Math.round(series.startMs)}::bigint + i * ${series.stepMs} as ms, md5('${series.salt}' || i) as h from generate_series(${from}, ${to}) as i) as s`;
}

async function bench() {
  const kind = adminUrl ? "postgres" : "pglite";
  const scratch = await scenario.scratchDirectory("guildhall-bench-deep-");
  const dataDir = path.join(scratch, "data");
  const { default: postgres } = await import("postgres");
  let databaseUrl: string | undefined;
  if (adminUrl) databaseUrl = await scenario.database(adminUrl, DATABASE);
  const before = uptime();
  const code = revision();
  console.log(`bench:deep-pages: ${kind}, ${code}, ${ROWS.toLocaleString("en")} entries, the page ${DEPTH.toLocaleString("en")} deep; ${before}`);

  // The organisation, its people and the owner's session, through the tables' own definitions.
  const { openDatabase } = await import("../src/db/client.ts");
  const { sql } = await import("drizzle-orm");
  const { v7: uuidv7 } = await import("uuid");
  const { users, sessions } = await import("../src/modules/users/tables.ts");
  const { organisations } = await import("../src/modules/organisations/tables.ts");
  const { organisationMembers } = await import("../src/modules/members/tables.ts");
  const { hashToken, newSecretToken } = await import("../src/lib/secrets.ts");
  const { encodeCursor } = await import("../src/lib/pagination.ts");
  const database = await openDatabase({ databaseUrl, dataDir });
  await database.migrate();
  const people = ["owner", "ann", "bo", "cai"].map((name) => ({ id: uuidv7(), email: `${name}@deep.example`, passwordHash: "bench-no-login", firstName: name }));
  const organisationId = uuidv7();
  const token = newSecretToken();
  await database.db.insert(users).values(people);
  await database.db.transaction(async (tx) => {
    await tx.insert(organisations).values({ id: organisationId, name: "Deep Guild", handle: "deep-guild", ownerId: people[0]!.id });
    await tx.insert(organisationMembers).values(people.map((person, i) => ({ id: uuidv7(), organisationId, userId: person.id, role: i === 0 ? ("owner" as const) : ("member" as const) })));
  });
  await database.db.insert(sessions).values({ id: uuidv7(), userId: people[0]!.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });

  // Other organisations' entries, interleaved in time with the big one's, so the table is not one tenant's alone.
  const others = Array.from({ length: OTHER_ORGANISATIONS }, (_, i) => ({ id: uuidv7(), name: `Neighbour ${i}`, handle: `neighbour-${i}`, ownerId: people[1 + (i % 3)]!.id }));
  if (OTHER_ROWS) {
    await database.db.transaction(async (tx) => {
      await tx.insert(organisations).values(others);
      await tx.insert(organisationMembers).values(others.map((other) => ({ id: uuidv7(), organisationId: other.id, userId: other.ownerId, role: "owner" as const })));
    });
  }
  const seedStarted = Date.now();
  const startMs = Date.now() - ROWS * 1000 - 60_000;
  const seriesList = [
    { rows: ROWS, organisations: [organisationId], actors: people.map((person) => person.id), startMs, stepMs: 1000, salt: "deep", what: "entries in the organisation" },
    { rows: OTHER_ROWS, organisations: others.map((other) => other.id), actors: people.slice(1).map((person) => person.id), startMs: startMs + 500, stepMs: Math.floor((ROWS * 1000) / Math.max(1, OTHER_ROWS)), salt: "other", what: `entries of ${OTHER_ORGANISATIONS} other organisations` },
  ];
  for (const series of seriesList) {
    for (let from = 1; from <= series.rows; from += CHUNK) {
      const to = Math.min(series.rows, from + CHUNK - 1);
      await database.db.execute(sql.raw(insertEntries(series, from, to)));
      const seconds = (Date.now() - seedStarted) / 1000;
      console.log(`  seeded ${to.toLocaleString("en")} / ${series.rows.toLocaleString("en")} ${series.what}, ${seconds.toFixed(1)} s`);
    }
  }
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  let started = Date.now();
  await database.db.execute(sql.raw("vacuum analyze activity_entries"));
  const vacuumSeconds = (Date.now() - started) / 1000;
  console.log(`seeded in ${seedSeconds.toFixed(1)} s (${Math.round((ROWS + OTHER_ROWS) / seedSeconds).toLocaleString("en")} rows/s); VACUUM ANALYZE in ${vacuumSeconds.toFixed(1)} s`);
  await database.close();

  // The bench's own connection, and a drizzle over it that records what the query functions send.
  let run: Run;
  let closeConnection: () => Promise<unknown>;
  const captured: Captured[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void captured.push({ sql: query, params }) };
  let db: import("../src/db/client.ts").Db;
  if (databaseUrl) {
    const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    run = (text, params = []) => client.unsafe(text, params as never[]) as Promise<Record<string, unknown>[]>;
    closeConnection = () => client.end({ timeout: 5 });
    const { drizzle } = await import("drizzle-orm/postgres-js");
    db = drizzle(client, { logger }) as unknown as typeof db;
  } else {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(path.join(dataDir, "pglite"), { startParams: [...PGlite.defaultStartParams, ...PGLITE_SETTINGS] });
    run = async (text, params = []) => (await pglite.query<Record<string, unknown>>(text, params)).rows;
    closeConnection = () => pglite.close();
    const { drizzle } = await import("drizzle-orm/pglite");
    db = drizzle(pglite, { logger }) as unknown as typeof db;
  }
  let connectionOpen = true;
  scenario.cleanups.unshift(async () => connectionOpen && closeConnection());

  const [counted] = await run(`select count(*)::int as n from activity_entries where organisation_id = $1`, [organisationId]);
  if (Number(counted!.n) !== ROWS) throw new Error(`expected ${ROWS} entries, found ${counted!.n}`);
  // The 5,000th newest entry: the page after it starts 5,000 entries deep.
  const [deepRow] = await run(`select id::text as id from activity_entries where organisation_id = $1 order by id desc offset ${DEPTH - 1} limit 1`, [organisationId]);
  const deepId = String(deepRow!.id);
  const deepCursor = encodeCursor(deepId);

  // EXPLAIN what the code sends: the page (first, deep) and the count, each run once to warm, then explained.
  const { activityPages, activityCounts } = await import("../src/modules/activity/queries.ts");
  const explained: { name: string; sql: string; params: unknown[]; plan: string[]; generic?: string[] }[] = [];
  const explain = async (name: string, call: () => Promise<unknown>) => {
    captured.length = 0;
    await call();
    const statement = captured.at(-1)!;
    await run(`explain (analyze, buffers) ${statement.sql}`, statement.params);
    const plan = (await run(`explain (analyze, buffers) ${statement.sql}`, statement.params)).map((row) => String(row["QUERY PLAN"]));
    // The server prepares its statements: after five runs PostgreSQL may switch to a generic plan; show that one too.
    await run("set plan_cache_mode = force_generic_plan");
    const generic = (await run(`explain (analyze, buffers) ${statement.sql}`, statement.params)).map((row) => String(row["QUERY PLAN"]));
    await run("reset plan_cache_mode");
    explained.push({ name, sql: statement.sql, params: statement.params, plan, generic });
  };
  await explain("activity page, first", () => activityPages(db, [organisationId], { first: PAGE, afterId: null, action: null }));
  await explain(`activity page, ${DEPTH.toLocaleString("en")} deep`, () => activityPages(db, [organisationId], { first: PAGE, afterId: deepId, action: null }));
  await explain("totalCount (GraphQL, when asked for)", () => activityCounts(db, [organisationId], null));
  connectionOpen = false;
  await closeConnection();

  // The server, on the seeded database.
  const server = start("guildhall", { BENCH_DATABASE_URL: databaseUrl ?? "", BENCH_DATA_DIR: dataDir });
  const { port } = await firstMessage<{ port: number }>(server, "Guildhall");
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${token}` };

  const selection = "nodes { id action targetType targetId metadata ip createdAt actor { id email } } pageInfo { hasNextPage endCursor }";
  const graphqlBody = (after: string | null, withCount: boolean) =>
    JSON.stringify({
      query: `query($id: ID!, $after: String) { organisation(id: $id) { activity(first: ${PAGE}, after: $after) { ${withCount ? "totalCount " : ""}${selection} } } }`,
      variables: { id: organisationId, after },
    });
  const restPath = (cursor: string | null) => `/api/organisations/${organisationId}/activity?limit=${PAGE}${cursor ? `&cursor=${cursor}` : ""}`;
  type Target = { name: string; transport: string; depth: "first" | "deep"; request: Request };
  const graphqlTarget = (transport: string, depth: "first" | "deep", withCount: boolean): Target => ({
    name: `${transport}, ${depth === "first" ? "first page" : `${DEPTH.toLocaleString("en")} deep`}`,
    transport,
    depth,
    request: { method: "POST", path: "/graphql", headers: { ...auth, "content-type": "application/json" }, body: graphqlBody(depth === "deep" ? deepCursor : null, withCount) },
  });
  const restTarget = (depth: "first" | "deep"): Target => ({
    name: `REST, ${depth === "first" ? "first page" : `${DEPTH.toLocaleString("en")} deep`}`,
    transport: "REST",
    depth,
    request: { method: "GET", path: restPath(depth === "deep" ? deepCursor : null), headers: auth },
  });
  const targets: Target[] = [
    graphqlTarget("GraphQL", "first", false),
    graphqlTarget("GraphQL", "deep", false),
    restTarget("first"),
    restTarget("deep"),
    graphqlTarget("GraphQL with totalCount", "first", true),
    graphqlTarget("GraphQL with totalCount", "deep", true),
  ];
  const send = async (request: Request) => {
    const response = await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
    const json = (await response.json()) as any;
    if (response.status !== 200 || json.errors) throw new Error(`${request.method} ${request.path}: ${response.status} ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };

  // The deep cursor is where walking the pages gets to, and both transports agree on the deep page.
  let cursor: string | null = null;
  for (let walked = 0; walked < DEPTH; walked += 200) {
    const response: Response = await fetch(`${base}/api/organisations/${organisationId}/activity?limit=${Math.min(200, DEPTH - walked)}${cursor ? `&cursor=${cursor}` : ""}`, { headers: auth });
    cursor = ((await response.json()) as { nextCursor: string }).nextCursor;
  }
  if (cursor !== deepCursor) throw new Error(`walking ${DEPTH} entries ends at ${cursor}, not at the computed ${deepCursor}`);
  const deepGraphql = await send(targets[1]!.request);
  const deepRest = await send(targets[3]!.request);
  const firstIds = deepGraphql.data.organisation.activity.nodes.map((node: { id: string }) => node.id);
  if (firstIds.length !== PAGE || JSON.stringify(firstIds) !== JSON.stringify(deepRest.items.map((item: { id: string }) => item.id)) || firstIds[0] >= deepId) {
    throw new Error("the deep page is not the 20 entries after the cursor on both transports");
  }
  console.log(`deep cursor checked: walking ${DEPTH / 200} REST pages of 200 reaches it; GraphQL and REST give the same ${PAGE} entries after it`);

  // Statements per request, from the server's own counter (least of three; a scrape's own statements taken off).
  const statementsSoFar = async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    return Number(/^guildhall_db_statements\s+(\d+)/m.exec(text)?.[1] ?? NaN);
  };
  let scrapeCost = Infinity;
  for (let i = 0; i < 3; i++) {
    const a = await statementsSoFar();
    scrapeCost = Math.min(scrapeCost, (await statementsSoFar()) - a);
  }
  const statements = new Map<string, number>();
  for (const target of targets) {
    let least = Infinity;
    for (let i = 0; i < 3; i++) {
      const a = await statementsSoFar();
      await send(target.request);
      least = Math.min(least, (await statementsSoFar()) - a - scrapeCost);
    }
    statements.set(target.name, least);
  }

  // Singly: one request at a time, first and deep alternating.
  process.stdout.write(`singly, ${SINGLE} of each… `);
  const single = new Map<string, number[]>(targets.map((target) => [target.name, []]));
  for (const target of targets) await send(target.request); // warm
  for (let i = 0; i < SINGLE; i++) {
    for (const target of targets) {
      const t0 = performance.now();
      await send(target.request);
      single.get(target.name)!.push(performance.now() - t0);
    }
  }
  console.log("done");

  // Under load, interleaved rounds.
  const loader = start("load");
  const loaded = new Map<string, { result: Result; cpuMicrosPerRequest: number }[]>(targets.map((target) => [target.name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const target of targets) {
      process.stdout.write(`round ${round}, ${target.name}: warming up… `);
      await load(loader, { url: base, connections: CONNECTIONS, duration: WARMUP, request: target.request });
      const cpuBefore = await cpuMicros(server.pid!);
      process.stdout.write("measuring… ");
      const { result } = await load(loader, { url: base, connections: CONNECTIONS, duration: SECONDS, request: target.request });
      const cpuMicrosPerRequest = ((await cpuMicros(server.pid!)) - cpuBefore) / Math.max(1, result.requests.total);
      loaded.get(target.name)!.push({ result, cpuMicrosPerRequest });
      console.log(`${Math.round(result.requests.total / result.duration)} req/s, p50 ${result.latency.p50} ms (${uptime()})`);
      if (result.non2xx || result.errors) console.warn(`  ${result.non2xx} non-2xx responses, ${result.errors} errors`);
    }
  }
  const after = uptime();

  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const rows = targets.map((target) => {
    const runs = loaded.get(target.name)!;
    const times = single.get(target.name)!;
    return {
      name: target.name,
      transport: target.transport,
      depth: target.depth,
      statements: statements.get(target.name)!,
      singleMedian: quantile(times, 0.5),
      singleP90: quantile(times, 0.9),
      requestsPerSecond: mean(runs.map((entry) => entry.result.requests.total / entry.result.duration)),
      p50: mean(runs.map((entry) => entry.result.latency.p50)),
      p99: mean(runs.map((entry) => entry.result.latency.p99)),
      serverCpuMicrosPerRequest: mean(runs.map((entry) => entry.cpuMicrosPerRequest)),
      non2xx: runs.reduce((sum, entry) => sum + entry.result.non2xx + entry.result.errors, 0),
    };
  });
  const ratios = [...new Set(targets.map((target) => target.transport))].map((transport) => {
    const first = rows.find((row) => row.transport === transport && row.depth === "first")!;
    const deep = rows.find((row) => row.transport === transport && row.depth === "deep")!;
    const singly = deep.singleMedian / first.singleMedian;
    const underLoad = first.requestsPerSecond / deep.requestsPerSecond;
    const cpu = deep.serverCpuMicrosPerRequest / first.serverCpuMicrosPerRequest;
    return { transport, singly, underLoad, cpu, verdict: Math.max(singly, underLoad) <= TARGET_RATIO ? "PASS" : "FAIL" };
  });

  const fmt = (ms: number) => (ms >= 10 ? ms.toFixed(0) : ms.toFixed(1));
  console.log();
  console.log(
    `Deep pages, ${kind}, ${code}: ${ROWS.toLocaleString("en")} activity entries in one organisation, ${OTHER_ROWS.toLocaleString("en")} more in ${OTHER_ORGANISATIONS} others ` +
      `(seeded in ${seedSeconds.toFixed(0)} s); pages of ${PAGE}, the deep one after the ${DEPTH.toLocaleString("en")}th newest entry`,
  );
  console.log(`singly: median of ${SINGLE}; under load: autocannon, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${SECONDS} s, ${ROUNDS} interleaved rounds (mean)`);
  console.log(`before: ${before}; after: ${after}`);
  console.log();
  console.log("| Request | SQL statements | singly: median / p90 ms | under load: req/s | p50 / p99 ms | server CPU µs per request | non-2xx / errors |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.statements} | ${fmt(row.singleMedian)} / ${fmt(row.singleP90)} | ${Math.round(row.requestsPerSecond)} | ${fmt(row.p50)} / ${fmt(row.p99)} | ${Math.round(row.serverCpuMicrosPerRequest)} | ${row.non2xx} |`,
    );
  }
  console.log();
  console.log(`| Transport | deep / first, singly (median latency) | under load (first req/s ÷ deep req/s) | server CPU per request | goal ≤ ${TARGET_RATIO} |`);
  console.log("|---|---:|---:|---:|---|");
  for (const ratio of ratios) console.log(`| ${ratio.transport} | ${ratio.singly.toFixed(2)} | ${ratio.underLoad.toFixed(2)} | ${ratio.cpu.toFixed(2)} | ${ratio.verdict} |`);
  console.log();
  for (const entry of explained) {
    console.log(`EXPLAIN (ANALYZE, BUFFERS): ${entry.name}`);
    console.log(`  ${entry.sql}`);
    console.log(`  params: ${JSON.stringify(entry.params)}`);
    for (const line of entry.plan) console.log(`    ${line}`);
    const genericTime = entry.generic?.find((line) => line.startsWith("Execution Time"));
    console.log(`  with plan_cache_mode = force_generic_plan (a prepared statement's generic plan): ${entry.generic?.[0]?.trim()} … ${genericTime}`);
    console.log();
  }

  await writeReport("deep-pages", kind, { revision: code, rows: ROWS, depth: DEPTH, page: PAGE, seedSeconds, vacuumSeconds, loadBefore: before, loadAfter: after, connections: CONNECTIONS, warmupSeconds: WARMUP, seconds: SECONDS, roundsCount: ROUNDS, results: rows, ratios, explained });
}

const role = process.argv[2];
if (role === "guildhall") await guildhall();
else if (role === "load") await loadGenerator();
else await scenario.main(Number(process.env.BENCH_DEEP_BUDGET ?? 300 + ROWS / 5_000 + ROUNDS * 6 * (WARMUP + SECONDS + 3)), bench);
