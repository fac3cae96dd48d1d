/**
 * The fan-out scenario of `npm run bench`: BENCH_SUBSCRIBERS (default 1,000) members of one organisation,
 * each on a WebSocket of their own to one Guildhall process, subscribed to `activityAdded`. For each of
 * BENCH_FANOUT_ROUNDS (default 30) changes, one after another: the time from the change's COMMIT being
 * sent to the last subscriber receiving it (every delivery checks the member's session and membership
 * again, batched per event), and to the median one. Then the server's memory per connection (heap and
 * RSS after a GC, with the subscribers connected against before). PostgreSQL when DATABASE_URL is set (a
 * database of its own, created and dropped), PGlite otherwise. Timestamps come from one machine's clock.
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { benchDatabase } from "./scenario.ts";
import WebSocket from "ws";

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 1000);
const ROUNDS = Number(process.env.BENCH_FANOUT_ROUNDS ?? 30);
const DATABASE = "guildhall_bench_fanout";
const adminUrl = process.env.DATABASE_URL || undefined;
const now = () => performance.timeOrigin + performance.now();

/** Asks the server process something over IPC and waits for its answer. */
function ask<T>(server: ChildProcess, request: object): Promise<T> {
  return new Promise((resolve) => {
    server.once("message", (answer) => resolve(answer as T));
    server.send(request);
  });
}

/** One subscriber: a socket signed in with its token, subscribed; calls `onEvent` at each delivery. */
function subscriber(url: string, token: string, organisationId: string, onEvent: (at: number, round: number) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, "graphql-transport-ws");
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (raw) => {
      const at = now();
      const message = JSON.parse(raw.toString());
      if (message.type === "connection_ack") {
        socket.send(JSON.stringify({
          id: "1",
          type: "subscribe",
          payload: { query: "subscription($id: ID!) { activityAdded(organisationId: $id) { id action metadata actor { id } } }", variables: { id: organisationId } },
        }));
        resolve(socket);
      } else if (message.type === "next") {
        if (message.payload.errors) reject(new Error(JSON.stringify(message.payload.errors)));
        else onEvent(at, message.payload.data.activityAdded.metadata.round);
      }
    });
    socket.on("close", (code) => reject(new Error(`socket closed ${code}`)));
    socket.on("error", reject);
  });
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "guildhall-bench-fanout-"));
  const database = adminUrl ? await benchDatabase(adminUrl, DATABASE) : undefined;
  const databaseUrl = database?.url;
  const server = fork(path.join(import.meta.dirname, "live-server.ts"), [], {
    execArgv: ["--import", "tsx", "--expose-gc", ...(process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [])],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl ?? "", BENCH_DATA_DIR: dataDir },
  });
  const sockets: WebSocket[] = [];
  try {
    const { port } = await new Promise<{ port: number }>((resolve, reject) => {
      server.once("message", (message) => resolve(message as { port: number }));
      server.once("exit", (code) => reject(new Error(`the server exited (${code})`)));
    });
    const { organisationId, tokens } = await ask<{ organisationId: string; tokens: string[] }>(server, { type: "seed", count: SUBSCRIBERS });
    const before = await ask<NodeJS.MemoryUsage>(server, { type: "memory" });

    const deliveries = new Map<number, number[]>();
    const onEvent = (at: number, round: number) => deliveries.get(round)?.push(at);
    // Connected in batches, as clients arrive over time rather than in one burst.
    for (let start = 0; start < tokens.length; start += 50) {
      sockets.push(...(await Promise.all(tokens.slice(start, start + 50).map((token) => subscriber(`ws://127.0.0.1:${port}/graphql`, token, organisationId, onEvent)))));
    }
    while ((await ask<{ subscriptions: number }>(server, { type: "subscriptions" })).subscriptions < SUBSCRIBERS) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const after = await ask<NodeJS.MemoryUsage>(server, { type: "memory" });

    const statementsBefore = (await ask<{ statements: number }>(server, { type: "statements" })).statements;
    const toLast: number[] = [];
    const toMedian: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const arrived: number[] = [];
      deliveries.set(round, arrived);
      const { committing } = await ask<{ committing: number }>(server, { type: "change", round });
      while (arrived.length < SUBSCRIBERS) await new Promise((resolve) => setTimeout(resolve, 1));
      toLast.push(Math.max(...arrived) - committing);
      toMedian.push(percentile(arrived, 50) - committing);
      deliveries.delete(round);
    }

    // Each change is 4 statements itself (begin, the entry, its NOTIFY, commit); the rest is delivering it.
    const statementsPerChange = ((await ask<{ statements: number }>(server, { type: "statements" })).statements - statementsBefore) / ROUNDS;
    const ms = (value: number) => value.toFixed(0);
    const kb = (bytes: number) => (bytes / SUBSCRIBERS / 1024).toFixed(1);
    console.log(`\nFan-out (${adminUrl ? "PostgreSQL" : "PGlite"}): ${SUBSCRIBERS} subscribers of activityAdded on one process, ${ROUNDS} changes one after another`);
    console.log("| Measure | p50 | p99 |");
    console.log("|---|---:|---:|");
    console.log(`| commit → last subscriber has it (ms) | ${ms(percentile(toLast, 50))} | ${ms(percentile(toLast, 99))} |`);
    console.log(`| commit → median subscriber has it (ms) | ${ms(percentile(toMedian, 50))} | ${ms(percentile(toMedian, 99))} |`);
    console.log(`SQL statements per change, its delivery to all ${SUBSCRIBERS} included: ${statementsPerChange.toFixed(1)}.`);
    // RSS moves by whole pages as the heap grows and shrinks, so per connection it is shown only as a range.
    console.log(
      `Memory per connection (server, after a GC): ${kb(after.heapUsed - before.heapUsed)} KB of JS heap ` +
        `(${kb(Math.max(0, after.external - before.external))} KB of buffers outside it); ` +
        `RSS ${(before.rss / 1024 / 1024).toFixed(0)} → ${(after.rss / 1024 / 1024).toFixed(0)} MB.`,
    );
  } finally {
    for (const socket of sockets) socket.terminate();
    server.disconnect();
    await new Promise((resolve) => server.once("exit", resolve));
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  }
}

await main();
process.exit(0);
