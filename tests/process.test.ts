/**
 * The real process, as `npm start` runs it: starts on its defaults (migrating its own database), keeps
 * secrets out of its logs even at trace level, and on SIGTERM finishes in-flight requests before exiting.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminUrl, databaseUrlFor, TMP_DIR } from "./helpers/databases.ts";
import { unique } from "./helpers/factories.ts";
import postgres from "postgres";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(TMP_DIR, unique("process"));
const databaseName = `guildhall_process_${process.pid}`;
let child: ChildProcess;
let output = "";
let baseUrl = "";

async function adminSql(statement: string) {
  const sql = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  await sql.unsafe(statement);
  await sql.end();
}

beforeAll(async () => {
  if (adminUrl) await adminSql(`create database "${databaseName}"`);
  // What `npm start` runs: scripts/start.js builds dist/main.js when a source changed, then runs the bundle.
  child = spawn(process.execPath, ["scripts/start.js"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: adminUrl ? databaseUrlFor(databaseName) : "",
      LOG_LEVEL: "trace",
    },
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  // A cold embedded database on a busy 2-core machine can take a while: wait, bounded, for the address
  // the server logs once it listens.
  for (let attempt = 0; attempt < 360 && !baseUrl; attempt++) {
    baseUrl = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? "";
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!baseUrl || !(await fetch(`${baseUrl}/readyz`)).ok) throw new Error(`server did not start:\n${output}`);
}, 120_000);

afterAll(async () => {
  child.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
  if (adminUrl) await adminSql(`drop database if exists "${databaseName}" with (force)`);
});

it("serves, logs without secrets, and drains in-flight requests on SIGTERM", async () => {
  const password = "a very secret password 123";
  const email = `${unique("proc")}@example.com`;
  const registered = await fetch(`${baseUrl}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  }).then((r) => r.json() as Promise<{ token: string }>);
  const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { authorization: `Bearer ${registered.token}` } });
  expect(session.status).toBe(200);

  // A login takes a while (scrypt); signal while it is in flight.
  const inFlight = fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill("SIGTERM");
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await exited).toBe(0);

  expect(output).toContain('"reqId"');
  expect(output).not.toContain(password);
  expect(output).not.toContain(registered.token);
  expect(output).toContain("shutting down");
});
