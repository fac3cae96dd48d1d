/**
 * The soak scenario of `npm run bench` (PostgreSQL only: it is about several processes on one database):
 * two Guildhall processes under a mixed read/write load for BENCH_SOAK_SECONDS (default 60) — the
 * organisation page over GraphQL, the member list and activity over REST, renames, tunnel devices
 * created and deleted, invitations sent — spread over both. Reports errors (goal 0), p50/p99 latency,
 * and each process's RSS at the start and the end (goal: no growth beyond 10 %).
 */
import { fork, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { benchDatabase } from "./scenario.ts";
import { PAGE_QUERY } from "./page.ts";

const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
const CONCURRENCY = Number(process.env.BENCH_SOAK_CONNECTIONS ?? 20);
const DATABASE = "guildhall_bench_soak";
const adminUrl = process.env.DATABASE_URL;

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const child = fork(path.join(import.meta.dirname, "soak-server.ts"), [], {
    execArgv: ["--import", "tsx"],
    env: { ...process.env, BENCH_DATABASE_URL: databaseUrl },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port: number }) => resolve(message.port));
    child.once("exit", (code) => reject(new Error(`a server exited (${code})`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

async function main() {
  if (!adminUrl) {
    console.log("\nSoak: skipped (needs DATABASE_URL: it runs two processes on one PostgreSQL).");
    return;
  }
  const database = await benchDatabase(adminUrl, DATABASE);
  // Both start at once on the fresh database: migrations take an advisory lock.
  const servers = await Promise.all([startServer(database.url), startServer(database.url)]);
  try {
    const [a, b] = servers.map((server) => server.base) as [string, string];
    const json = async (base: string, method: string, route: string, token?: string, body?: unknown) => {
      const response = await fetch(`${base}${route}`, {
        method,
        headers: { ...(body ? { "content-type": "application/json" } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    };
    const owners = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const registered = await json(i % 2 ? b : a, "POST", "/api/auth/register", undefined, { email: `soak-${i}-${Date.now()}@example.com`, password: "correct horse battery staple" });
        const token = registered.body.token as string;
        const organisation = await json(a, "POST", "/api/organisations", token, { name: `Soak ${i}`, handle: `soak-${i}-${Date.now().toString(36)}` });
        return { token, organisationId: organisation.body.id as string };
      }),
    );

    const rssStart = await Promise.all(servers.map((server) => rssOf(server.child.pid!)));
    const latencies: number[] = [];
    let errors = 0;
    let requests = 0;
    const errorSamples: string[] = [];
    const until = Date.now() + SECONDS * 1000;
    let n = 0;
    const step = async () => {
      const i = n++;
      const { token, organisationId } = owners[i % owners.length]!;
      const base = i % 2 ? b : a;
      const started = performance.now();
      let result: { status: number; body: any };
      switch (i % 6) {
        case 0:
        case 1:
          result = await json(base, "POST", "/graphql", token, { query: PAGE_QUERY, variables: { id: organisationId } });
          if (result.body?.errors) result.status = 500;
          break;
        case 2:
          result = await json(base, "GET", `/api/organisations/${organisationId}/users`, token);
          break;
        case 3:
          result = await json(base, "PUT", `/api/organisations/${organisationId}`, token, { name: `Soak ${i}` });
          break;
        case 4: {
          result = await json(base, "POST", `/api/organisations/${organisationId}/tunnel-devices`, token, { name: `device ${i}` });
          if (result.status === 201) result = await json(base === a ? b : a, "DELETE", `/api/organisations/${organisationId}/tunnel-devices/${result.body.id}`, token);
          break;
        }
        default:
          result = await json(base, "GET", `/api/organisations/${organisationId}/activity?limit=20`, token);
      }
      latencies.push(performance.now() - started);
      requests++;
      if (result.status >= 400) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${result.status} ${JSON.stringify(result.body).slice(0, 160)}`);
      }
    };
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < until) await step();
      }),
    );
    const rssEnd = await Promise.all(servers.map((server) => rssOf(server.child.pid!)));

    latencies.sort((x, y) => x - y);
    const quantile = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(`\nSoak (PostgreSQL): two processes, ${CONCURRENCY} clients, ${SECONDS} s of page reads, member lists, activity, renames and device create/delete`);
    console.log(`| requests | req/s | errors | p50 ms | p99 ms | RSS process 1 start → end | RSS process 2 start → end |`);
    console.log(`|---:|---:|---:|---:|---:|---:|---:|`);
    console.log(
      `| ${requests} | ${(requests / SECONDS).toFixed(0)} | ${errors} | ${quantile(0.5)} | ${quantile(0.99)} | ${mb(rssStart[0]!)} → ${mb(rssEnd[0]!)} MB (${(((rssEnd[0]! - rssStart[0]!) / rssStart[0]!) * 100).toFixed(1)} %) | ${mb(rssStart[1]!)} → ${mb(rssEnd[1]!)} MB (${(((rssEnd[1]! - rssStart[1]!) / rssStart[1]!) * 100).toFixed(1)} %) |`,
    );
    if (errorSamples.length) console.log("First errors:", errorSamples);
  } finally {
    for (const server of servers) {
      server.child.disconnect();
      await new Promise((resolve) => server.child.once("exit", resolve));
    }
    await database.drop();
  }
}

await main();
process.exit(0);
