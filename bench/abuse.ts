/**
 * `npm run bench:abuse` (issue #11): abusive GraphQL documents against one Guildhall process, while a poller
 * (a process of its own) GETs /healthz every 10 ms over a kept-alive connection and records each latency.
 * Goals: no accepted request blocks /healthz for more than 100 ms; every refused document is refused in
 * under 50 ms.
 *
 * The dataset is bench/seed.ts's (3,000 users, 300 organisations, 30,000 activity entries). Through the REST
 * API a new user registers, creates two organisations, adds 100 seeded users to the first, and is added to
 * the 50 seeded organisations whose owners hold bench sessions: so `viewer.organisations` has 52 entries with
 * real members and activity. Then, one after another, BENCH_ABUSE_REPEATS times each (default 5), signed in
 * with that user's token and anonymously: the documents of the issue (10,000 aliases, a 1 MB document, nested
 * lists within the depth cap, a 100 KB string variable, a query past the depth cap, many directives) and a few
 * more an attacker would try (a body over the 1 MiB cap, fragments spread many times over, a batch array,
 * hundreds of operations in one document). Then the heaviest legal queries under src/graphql/limits.ts, found
 * by the server's own cost estimate. For each: status, `errors[0].extensions.code`, time to answer (p50 and
 * max), and /healthz's max and p99 while it ran, against a baseline with no abuse. PASS/FAIL per target.
 *
 * Guildhall runs as `npm start` would (default LOG_LEVEL, its log to a file). PostgreSQL when DATABASE_URL is
 * set (a database of its own, created and dropped), PGlite in a temporary directory otherwise. Figures go to
 * .tmp/bench-abuse-<postgres|pglite>.json.
 */
import { closeSync, openSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { firstMessage, quantile, revision, ScenarioRun, serveForBench, uptime, writeReport } from "./scenario.ts";
import { setTimeout as sleep } from "node:timers/promises";

const REPEATS = Number(process.env.BENCH_ABUSE_REPEATS ?? 5);
const DATABASE = "guildhall_bench_abuse";
const POLL_MS = 10;
const HEALTHZ_TARGET_MS = 100;
const REFUSAL_TARGET_MS = 50;
/** One send may take this long before it counts as unanswered (the rest of the run goes on). */
const ANSWER_TIMEOUT_MS = 60_000;
const now = () => performance.timeOrigin + performance.now();

// ---------------------------------------------------------------------------------------------------------
// Child roles: this file is also the server and the poller (`node bench/abuse.ts <role>`).

async function guildhall() {
  const { buildApp } = await import("../src/app.ts");
  const { loadConfig } = await import("../src/config.ts");
  const app = await buildApp(
    loadConfig({ DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "", DATA_DIR: process.env.BENCH_DATA_DIR!, PORT: "0", HOST: "127.0.0.1" }),
  );
  await serveForBench(app);
}

/** [when sent (epoch ms), latency ms (-1: failed or timed out after 5 s)] */
type Sample = [number, number];

/** GET /healthz every POLL_MS, one at a time on one kept-alive connection, until told "stop". */
async function poller() {
  const url = process.env.BENCH_HEALTHZ_URL!;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const samples: Sample[] = [];
  let running = true;
  process.on("message", (message) => {
    if (message === "stop") running = false;
  });
  process.on("disconnect", () => process.exit(0));
  const once = () =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      const request = http.get(url, { agent, timeout: 5_000 }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode === 200 ? performance.now() - started : -1));
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => resolve(-1));
    });
  process.send!("polling");
  while (running) {
    const at = now();
    samples.push([at, await once()]);
    const wait = at + POLL_MS - now();
    if (wait > 0) await sleep(wait);
  }
  process.send!(samples);
}

// ---------------------------------------------------------------------------------------------------------
// The documents.

type Case = {
  name: string;
  /** The JSON body sent to /graphql (built before any timing). */
  body: string;
  /** Heavy but legal: expected to be answered, not refused. */
  heavy?: boolean;
  /** Sent signed in only (anonymous, `viewer` is null and there is nothing heavy to do). */
  signedInOnly?: boolean;
  /** How many of it run at once (default 1). */
  concurrency?: number;
  note?: string;
};

const aliases = (count: number, selection: (i: number) => string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${selection(i)}`).join(" ")} }`;

function abusiveCases(): Case[] {
  const query = (document: string, variables?: Record<string, unknown>) => JSON.stringify(variables ? { query: document, variables } : { query: document });
  // (b): as many aliased fields as fit in just under a million bytes of body.
  const field = (i: number) => `a${i}: __typename `;
  let megabyte = "{ ";
  for (let i = 0; megabyte.length < 999_900; i++) megabyte += field(i);
  megabyte += "}";
  let twoMegabytes = "{ ";
  for (let i = 0; twoMegabytes.length < 2_000_000; i++) twoMegabytes += field(i);
  twoMegabytes += "}";
  // (e): ~1,500 levels, 3 tokens each, under the token cap so the depth rule is what answers.
  let deep = "__typename";
  for (let level = 0; level < 500; level++) deep = `servers { nodes { organisation { ${deep} } } }`;
  // Fragments: four levels (the depth rule counts spreads), each spreading the next 40 times. Validation
  // passes; whatever walks every spread without remembering fragments it has seen does 40^4 = 2.56 million steps.
  const spreads = (level: number, times: number) => Array.from({ length: times }, () => `...F${level}`).join(" ");
  let fragments = `query { ...F0 }`;
  for (let level = 0; level < 4; level++) fragments += ` fragment F${level} on Query { ${spreads(level + 1, 40)} }`;
  fragments += ` fragment F4 on Query { __typename }`;
  const string100k = "x".repeat(100 * 1024);
  const nested =
    "organisations { members(first: 100) { nodes { user { id email } } } " +
    "servers(first: 100) { nodes { organisation { members(first: 100) { nodes { user { email } } } activity(first: 200) { nodes { actor { email } } } } } } }";
  return [
    { name: "(a) 10,000 aliased viewer { organisations { id name } }", body: query(aliases(10_000, () => "viewer { organisations { id name } }")) },
    { name: "(b) 1 MB document of aliased __typename", body: query(megabyte) },
    { name: "(b) 2 MB document (over the 1 MiB body cap)", body: query(twoMegabytes) },
    { name: "(c) 10 aliased nested lists within the depth cap", body: query(aliases(10, () => `viewer { ${nested} }`)), note: "depth 9; members and servers (first: 100) nested twice" },
    { name: "(d) 100 KB string variable: handleAvailable(handle: $s)", body: query("query($s: String!) { handleAvailable(handle: $s) }", { s: string100k }) },
    {
      name: "(d) 100 KB string variable: activity(action: $s) of every organisation",
      body: query("query($s: String) { viewer { organisations { activity(first: 1, action: $s) { totalCount } } } }", { s: string100k }),
    },
    { name: "(e) 1,500 levels deep (past the depth cap)", body: query(`{ viewer { organisations { ${deep} } } }`) },
    { name: "(f) 700 directives on one field", body: query(`{ __typename ${Array.from({ length: 700 }, () => "@skip(if: false)").join(" ")} }`) },
    { name: "(g) 4 fragments, each spread 40 times (40^4 paths)", body: query(fragments), note: "1.3 KB, 330 tokens; passes depth, alias and directive rules" },
    { name: "(h) batch: a JSON array of 1,000 operations", body: JSON.stringify(Array.from({ length: 1_000 }, () => ({ query: "{ __typename }" }))) },
    {
      name: "(i) 900 operations in one document",
      body: JSON.stringify({ query: Array.from({ length: 900 }, (_, i) => `query q${i} { __typename }`).join(" "), operationName: "q0" }),
    },
  ];
}

/**
 * The heaviest legal queries: for each shape, the largest page size the server's own cost estimate accepts
 * (src/graphql/limits.ts, with the configured limits), checked against the depth, alias and directive rules too.
 */
async function heavyCases(organisationIds: string[]): Promise<Case[]> {
  const { parse, validate, specifiedRules } = await import("graphql");
  const { buildSchema } = await import("../src/graphql/schema.ts");
  const { estimateCost, validationRules, DEFAULT_QUERY_LIMITS } = await import("../src/graphql/limits.ts");
  const schema = buildSchema();
  const limits = DEFAULT_QUERY_LIMITS;
  const legal = (document: string, variables: Record<string, unknown>) => {
    const parsed = parse(document, { maxTokens: limits.maxTokens });
    if (validate(schema, parsed, [...specifiedRules, ...validationRules(limits)]).length) return false;
    return estimateCost(schema, parsed, variables) <= limits.maxCost;
  };
  /** The largest n from 1 to max for which build(n) is legal (cost grows with n). */
  const largest = (build: (n: number) => string, variables: Record<string, unknown>, max: number) => {
    let [low, high] = [0, max];
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (legal(build(middle), variables)) low = middle;
      else high = middle - 1;
    }
    if (low === 0) throw new Error(`no legal size for ${build(1)}`);
    return { n: low, document: build(low), cost: estimateCost(schema, parse(build(low)), variables) };
  };
  const member = "role joinedAt user { id email firstName lastName }";
  const entry = "id action targetType targetId metadata ip createdAt actor { id email }";
  const tree = largest(
    (n) =>
      `{ viewer { organisations { id name handle memberCount viewerRole owner { email } ` +
      `members(first: ${n}) { totalCount nodes { ${member} } } activity(first: ${n}) { totalCount nodes { ${entry} } } } } }`,
    {},
    100,
  );
  const ids = organisationIds.slice(0, limits.maxAliases);
  const pages = largest(
    (n) =>
      `query(${ids.map((_, i) => `$o${i}: ID!`).join(", ")}) { ` +
      ids.map((_, i) => `o${i}: organisation(id: $o${i}) { name memberCount members(first: ${n}) { nodes { ${member} } } activity(first: ${n}) { nodes { ${entry} } } }`).join(" ") +
      " }",
    Object.fromEntries(ids.map((id, i) => [`o${i}`, id])),
    100,
  );
  const variables = Object.fromEntries(ids.map((id, i) => [`o${i}`, id]));
  const treeNote = `estimated cost ${tree.cost} (the estimate takes viewer.organisations as 20; this user has ${organisationIds.length})`;
  return [
    { name: `(H1) viewer's whole tree: members(first: ${tree.n}), activity(first: ${tree.n})`, body: JSON.stringify({ query: tree.document }), heavy: true, signedInOnly: true, note: treeNote },
    { name: `(H1) the same, 4 at once`, body: JSON.stringify({ query: tree.document }), heavy: true, signedInOnly: true, concurrency: 4, note: treeNote },
    {
      name: `(H2) ${ids.length} aliased organisation pages: members(first: ${pages.n}), activity(first: ${pages.n})`,
      body: JSON.stringify({ query: pages.document, variables }),
      heavy: true,
      signedInOnly: true,
      note: `estimated cost ${pages.cost}`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// The bench.

const adminUrl = process.env.DATABASE_URL || undefined;
const run = new ScenarioRun("bench:abuse", import.meta.filename);

const start = (role: string, env: Record<string, string>, stdout: number | "inherit" = "inherit") => run.start(role, { env, stdout });




type Answer = { status: number; code: string | null; ms: number; bytes: number };
type Measured = Case & { as: "signed in" | "anonymous"; answers: Answer[]; window: [number, number] };

async function send(base: string, body: string, token: string | null): Promise<Answer> {
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    return { status: 0, code: (error as Error).name === "TimeoutError" ? `no answer in ${ANSWER_TIMEOUT_MS / 1000} s` : String(error), ms: performance.now() - started, bytes: 0 };
  }
  const ms = performance.now() - started;
  let code: string | null = null;
  try {
    const json = JSON.parse(text);
    const first = Array.isArray(json) ? json[0] : json;
    code = first?.errors?.[0]?.extensions?.code ?? first?.code ?? null;
  } catch {
    code = "(not JSON)";
  }
  return { status: response.status, code, ms, bytes: Buffer.byteLength(text) };
}

async function rest(base: string, method: string, route: string, token: string | null, body?: unknown) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { ...(body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await response.json().catch(() => null);
  if (response.status >= 300) throw new Error(`${method} ${route}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

async function bench() {
  const kind = adminUrl ? "postgres" : "pglite";
  const scratch = await run.scratchDirectory("guildhall-bench-abuse-");
  let databaseUrl: string | undefined;
  if (adminUrl) databaseUrl = await run.database(adminUrl, DATABASE);
  const before = uptime();
  const code = revision();
  console.log(`bench:abuse: ${kind}, ${code}, ${REPEATS} repeats of each document; ${before}`);

  // The dataset, written before the server starts (PGlite allows one process in its directory).
  const dataDir = path.join(scratch, "data");
  const { openDatabase } = await import("../src/db/client.ts");
  const { seed } = await import("./seed.ts");
  const database = await openDatabase({ databaseUrl, dataDir });
  await database.migrate();
  const { targets } = await seed(database.db);
  await database.close();

  const logFd = openSync(path.join(scratch, "guildhall.log"), "a");
  const server = start("guildhall", { BENCH_DATABASE_URL: databaseUrl ?? "", BENCH_DATA_DIR: dataDir }, logFd);
  const { port } = await firstMessage<{ port: number }>(server, "Guildhall");
  closeSync(logFd);
  const base = `http://127.0.0.1:${port}`;

  // The abuser: registered, two organisations of its own (one with 100 members), a member of 50 more.
  const stamp = Date.now().toString(36);
  const registered = await rest(base, "POST", "/api/auth/register", null, { email: `abuser-${stamp}@example.com`, password: "correct horse battery staple" });
  const token = registered.token as string;
  const own = [];
  for (const n of [1, 2]) own.push((await rest(base, "POST", "/api/organisations", token, { name: `Abuse ${n}`, handle: `abuse-${n}-${stamp}` })).id as string);
  for (let i = 1000; i < 1100; i++) await rest(base, "POST", `/api/organisations/${own[0]}/add-user`, token, { email: `player${i}@bench.example` });
  const owned = targets.filter((target) => target.viewerRole === "owner");
  for (const target of owned) await rest(base, "POST", `/api/organisations/${target.organisationId}/add-user`, target.token, { userId: registered.user.id });
  const organisationIds = [...own, ...owned.map((target) => target.organisationId)];
  console.log(`the signed-in user belongs to ${organisationIds.length} organisations`);

  const cases = [...abusiveCases(), ...(await heavyCases(organisationIds))];
  const poll = start("poller", { BENCH_HEALTHZ_URL: `${base}/healthz` });
  await firstMessage<string>(poll, "the poller");
  const samplesPromise = new Promise<Sample[]>((resolve) => poll.on("message", (message) => Array.isArray(message) && resolve(message as Sample[])));

  // The process's first GraphQL requests run code nothing has run yet: not counted against the first document.
  for (let i = 0; i < 20; i++) {
    await send(base, JSON.stringify({ query: "{ viewer { email organisations { id name } } }" }), token);
    await send(base, JSON.stringify({ query: "{ viewer { email } }" }), null);
  }

  // Baseline: /healthz with nothing else going on.
  await sleep(1_000);
  const baselineWindow: [number, number] = [now(), now() + 3_000];
  await sleep(3_000);

  const measured: Measured[] = [];
  for (const testCase of cases) {
    for (const as of testCase.signedInOnly ? (["signed in"] as const) : (["signed in", "anonymous"] as const)) {
      process.stdout.write(`${testCase.name}, ${as}… `);
      const answers: Answer[] = [];
      const started = now();
      for (let repeat = 0; repeat < REPEATS; repeat++) {
        answers.push(...(await Promise.all(Array.from({ length: testCase.concurrency ?? 1 }, () => send(base, testCase.body, as === "signed in" ? token : null)))));
      }
      // Work a request leaves behind after its answer (logging, GC) still counts against it.
      await sleep(100);
      measured.push({ ...testCase, as, answers, window: [started, now()] });
      console.log(answers.map((answer) => `${answer.status} ${answer.code ?? ""} ${answer.ms.toFixed(0)} ms`.replace("  ", " ")).join(", "));
      await sleep(200);
    }
  }
  poll.send("stop");
  const samples = await samplesPromise;
  const after = uptime();

  const during = ([from, to]: [number, number]) => samples.filter(([at, ms]) => at <= to && (ms < 0 ? at + 5_000 : at + ms) >= from);
  const latencies = (list: Sample[]) => list.map(([, ms]) => (ms < 0 ? 5_000 : ms));
  const baseline = latencies(during(baselineWindow));
  const rows = measured.map((row) => {
    const health = latencies(during(row.window));
    const times = row.answers.map((answer) => answer.ms);
    const refused = row.answers.some((answer) => answer.status >= 400 || (answer.status !== 0 && answer.code !== null));
    const refusalVerdict = refused ? (Math.max(...times) < REFUSAL_TARGET_MS ? "PASS" : "FAIL") : "–";
    const healthVerdict = Math.max(...health) <= HEALTHZ_TARGET_MS ? "PASS" : "FAIL";
    return {
      name: row.name,
      as: row.as,
      note: row.note,
      bodyBytes: Buffer.byteLength(row.body),
      statuses: [...new Set(row.answers.map((answer) => answer.status))].join("/"),
      codes: [...new Set(row.answers.map((answer) => answer.code ?? "–"))].join("/"),
      answerBytes: quantile(row.answers.map((answer) => answer.bytes), 0.5),
      first: times[0]!,
      p50: quantile(times, 0.5),
      max: Math.max(...times),
      healthzSamples: health.length,
      healthzMax: Math.max(...health),
      healthzP99: quantile(health, 0.99),
      refused,
      refusalVerdict,
      healthVerdict,
    };
  });

  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  console.log();
  console.log(`Abuse, ${kind}, ${code}: ${REPEATS} sends of each, one at a time (H1 × 4: four at once); /healthz polled every ${POLL_MS} ms from another process`);
  console.log("After 40 ordinary GraphQL requests; times include each document's first send, p50 and max are over all sends.");
  console.log(`before: ${before}; after: ${after}`);
  console.log(`baseline /healthz with no abuse: max ${fmt(Math.max(...baseline))} ms, p99 ${fmt(quantile(baseline, 0.99))} ms, p50 ${fmt(quantile(baseline, 0.5))} ms over ${baseline.length} polls`);
  console.log();
  console.log(`| Document | as | body | status | errors[0].extensions.code | answer ms: first · p50 / max | answer bytes | /healthz max / p99 ms during | refused < ${REFUSAL_TARGET_MS} ms | /healthz ≤ ${HEALTHZ_TARGET_MS} ms |`);
  console.log("|---|---|---:|---|---|---:|---:|---:|---|---|");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.as} | ${(row.bodyBytes / 1024).toFixed(1)} KB | ${row.statuses} | ${row.codes} | ${fmt(row.first)} · ${fmt(row.p50)} / ${fmt(row.max)} | ${row.answerBytes} | ` +
        `${fmt(row.healthzMax)} / ${fmt(row.healthzP99)} (${row.healthzSamples}) | ${row.refusalVerdict} | ${row.healthVerdict} |`,
    );
  }
  console.log();
  for (const row of rows.filter((row) => row.note && row.as === "signed in")) console.log(`${row.name}: ${row.note}`);
  const failures = rows.filter((row) => row.refusalVerdict === "FAIL" || row.healthVerdict === "FAIL");
  const acceptedFailures = rows.filter((row) => !row.refused && row.healthVerdict === "FAIL");
  console.log();
  console.log(
    `${acceptedFailures.length ? "FAIL" : "PASS"}: accepted requests blocking /healthz over ${HEALTHZ_TARGET_MS} ms: ` +
      (acceptedFailures.map((row) => `${row.name} (${row.as}, /healthz max ${fmt(row.healthzMax)} ms)`).join("; ") || "none"),
  );
  const slowRefusals = rows.filter((row) => row.refusalVerdict === "FAIL");
  console.log(
    `${slowRefusals.length ? "FAIL" : "PASS"}: refusals slower than ${REFUSAL_TARGET_MS} ms: ` +
      (slowRefusals.map((row) => `${row.name} (${row.as}, max ${fmt(row.max)} ms)`).join("; ") || "none"),
  );
  const refusedBlocking = rows.filter((row) => row.refused && row.healthVerdict === "FAIL");
  if (refusedBlocking.length) {
    console.log(`Refused documents that still held /healthz over ${HEALTHZ_TARGET_MS} ms: ${refusedBlocking.map((row) => `${row.name} (${row.as}, ${fmt(row.healthzMax)} ms)`).join("; ")}`);
  }
  if (Math.max(...baseline) > HEALTHZ_TARGET_MS) console.log(`Note: /healthz exceeded ${HEALTHZ_TARGET_MS} ms with no abuse at all: the machine is busy, read the verdicts with that in mind.`);

  await writeReport("abuse", kind, {
    revision: code,
    repeats: REPEATS,
    loadBefore: before,
    loadAfter: after,
    baseline: { max: Math.max(...baseline), p99: quantile(baseline, 0.99), p50: quantile(baseline, 0.5), polls: baseline.length },
    rows,
    failures: failures.map((row) => `${row.name} (${row.as})`),
  });
}

const role = process.argv[2];
if (role === "guildhall") await guildhall();
else if (role === "poller") await poller();
else await run.main(Number(process.env.BENCH_ABUSE_BUDGET ?? 900), bench);
