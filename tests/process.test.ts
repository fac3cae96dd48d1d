/**
 * The real process, as `npm start` runs it: starts on its defaults (migrating its own database), keeps
 * secrets out of its logs even at trace level, and on SIGTERM finishes in-flight requests before exiting.
 * It runs dist/main.cjs, the bundle of our code and the packages (scripts/build.js), from V8's code cache
 * after the first start of a build (scripts/start.js): so the parts of it that load late or lean on a
 * package's own files (GraphQL's compiled path, subscriptions over a socket, sharp, nodemailer, metrics) are
 * each used once here too.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminUrl, databaseUrlFor, TMP_DIR } from "./helpers/databases.ts";
import { unique } from "./helpers/factories.ts";
import postgres from "postgres";
import { solidPng } from "./helpers/images.ts";
import { connectLive } from "./helpers/live.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(TMP_DIR, unique("process"));
const databaseName = `guildhall_process_${process.pid}`;
let child: ChildProcess;
/** Every server this file started, killed at the end whatever happened. */
const started: ChildProcess[] = [];
let output: () => string;
let baseUrl = "";

async function adminSql(statement: string) {
  const sql = postgres(adminUrl!, { max: 1, onnotice: () => {} });
  await sql.unsafe(statement);
  await sql.end();
}

/** What `npm start` runs: scripts/start.js builds dist/main.cjs when a source changed, then runs the bundle. */
async function startServer() {
  const server = spawn(process.execPath, ["scripts/start.js"], {
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
  started.push(server);
  let log = "";
  server.stdout!.on("data", (chunk) => (log += chunk));
  server.stderr!.on("data", (chunk) => (log += chunk));
  // A cold embedded database on a busy 2-core machine can take a while: wait, bounded, for the address
  // the server logs once it listens.
  let url = "";
  for (let attempt = 0; attempt < 360 && !url; attempt++) {
    url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(log)?.[1] ?? "";
    if (server.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (!url || !(await fetch(`${url}/readyz`)).ok) throw new Error(`server did not start:\n${log}`);
  return { child: server, url, output: () => log };
}

/** Stops a server with SIGTERM and waits for it to exit. */
async function stopServer(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

beforeAll(async () => {
  if (adminUrl) await adminSql(`create database "${databaseName}"`);
  ({ child, url: baseUrl, output } = await startServer());
}, 120_000);

afterAll(async () => {
  for (const server of started) server.kill("SIGKILL");
  await rm(dataDir, { recursive: true, force: true });
  if (adminUrl) await adminSql(`drop database if exists "${databaseName}" with (force)`);
});

async function call(method: string, route: string, token: string, body?: unknown) {
  const response = await fetch(`${baseUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function register() {
  const email = `${unique("bundle")}@example.com`;
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "correct horse battery staple" }),
  });
  expect(response.status).toBe(201);
  return { email, token: ((await response.json()) as { token: string }).token };
}

it("serves GraphQL (both ways through), subscriptions, avatars, mail and metrics from the bundle", async () => {
  const owner = await register();
  const created = await call("POST", "/api/organisations", owner.token, { name: "Bundled", handle: unique("bundled") });
  expect(created.status).toBe(201);
  const id = created.body.id as string;

  // The first answer is Apollo's; the same text again takes the compiled short way (known-queries.ts).
  const query = `query($id: ID!) { organisation(id: $id) { name viewerRole members(first: 5) { nodes { user { email } } } } }`;
  for (let i = 0; i < 3; i++) {
    const answer = await call("POST", "/graphql", owner.token, { query, variables: { id } });
    expect(answer.body).toEqual({ data: { organisation: { name: "Bundled", viewerRole: "OWNER", members: { nodes: [{ user: { email: owner.email } }] } } } });
  }

  const live = connectLive(baseUrl, { authorization: `Bearer ${owner.token}` });
  await live.ready;
  const activity = live.subscribe(`subscription($id: ID!) { activityAdded(organisationId: $id) { action } }`, { id });
  // The subscription starts asynchronously: invite until its entry arrives (each invite is a new address).
  let added: { activityAdded: { action: string } } | undefined;
  for (let attempt = 0; attempt < 20 && !added; attempt++) {
    const invited = await call("POST", `/api/organisations/${id}/invite`, owner.token, { email: `${unique("invitee")}@example.com` });
    expect(invited.status).toBe(201);
    added = await activity.data(500).catch(() => undefined);
  }
  expect(added?.activityAdded.action).toMatch(/invite/);
  live.close();

  // Without SMTP_URL, nodemailer writes each message under DATA_DIR/mail (registering sent the owner one).
  let mail: string[] = [];
  for (let attempt = 0; attempt < 100 && !mail.length; attempt++) {
    mail = await readdir(path.join(dataDir, "mail")).catch(() => []);
    if (!mail.length) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(mail.length).toBeGreaterThan(0);
  const texts = await Promise.all(mail.map((file) => readFile(path.join(dataDir, "mail", file), "utf8")));
  expect(texts.some((text) => text.includes(`To: ${owner.email}`) && text.includes("/verify-email?token="))).toBe(true);

  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(await solidPng(32, 32))]), "avatar.png");
  const uploaded = await fetch(`${baseUrl}/api/organisations/${id}/avatar`, { method: "POST", headers: { authorization: `Bearer ${owner.token}` }, body: form });
  expect(uploaded.status).toBe(200);
  const { avatarUrl } = (await uploaded.json()) as { avatarUrl: string };
  const avatar = await fetch(`${baseUrl}${new URL(avatarUrl).pathname}`);
  expect(avatar.status).toBe(200);
  expect(avatar.headers.get("content-type")).toMatch(/^image\//);

  const metrics = await fetch(`${baseUrl}/metrics`);
  expect(metrics.status).toBe(200);
  expect(await metrics.text()).toContain("http_request");
}, 60_000);

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

  expect(output()).toContain('"reqId"');
  expect(output()).not.toContain(password);
  expect(output()).not.toContain(registered.token);
  expect(output()).toContain("shutting down");
});

it("starts each build from the code cache its first start wrote (scripts/start.js)", async () => {
  const cacheFiles = async () => (await readdir(path.join(root, "dist"))).filter((file) => file.endsWith(".cache"));
  // Named by the build the bundle's first line names, and a digest of node's version and flags (none here), as
  // scripts/start.js names it. Other flags' caches of the same build (a bench's `npm start`) may sit beside it.
  const bundle = await readFile(path.join(root, "dist", "main.cjs"));
  const buildId = /^\/\* guildhall build ([0-9a-f-]{36}) \*\//.exec(bundle.toString("latin1"))?.[1];
  expect(buildId).toBeTruthy();
  const node = createHash("sha256").update([process.version, process.env.NODE_OPTIONS ?? ""].join("\0")).digest("hex").slice(0, 12);
  const cache = `main.${buildId}.${node}.cache`;
  // ASCII only (scripts/build.js): one other character and V8 keeps the source two bytes a character.
  expect(bundle.every((byte) => byte < 0x80)).toBe(true);
  // ES modules importing graphql share one namespace object (scripts/build.js, oneGraphqlNamespace), not a copy each (62 before).
  expect(bundle.toString("latin1").match(/__toESM\(require_graphql\d*\(\)/g)?.length ?? 0).toBeLessThanOrEqual(8);

  // The cache is written a second after a start listens, if this build has none yet: one start makes sure of it.
  const first = await startServer();
  for (let attempt = 0; attempt < 100 && !(await cacheFiles()).includes(cache); attempt++) await new Promise((resolve) => setTimeout(resolve, 100));
  await stopServer(first.child);
  expect(await cacheFiles()).toContain(cache);
  const written = (await stat(path.join(root, "dist", cache))).mtimeMs;

  // A start that finds it serves as any other, and V8 takes the cache: a refused one would be written again.
  const second = await startServer();
  const answer = await fetch(`${second.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ portalTiers { tier maxServers } }" }),
  });
  expect(((await answer.json()) as any).data.portalTiers.length).toBe(4);
  await new Promise((resolve) => setTimeout(resolve, 4000));
  await stopServer(second.child);
  expect((await stat(path.join(root, "dist", cache))).mtimeMs).toBe(written);
}, 120_000);
