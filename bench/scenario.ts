/**
 * What the bench scenarios that run their servers as child processes share (trivial.ts, abuse.ts,
 * deep-pages.ts): each file forks itself in a role (a server, a load generator, a poller); the run keeps
 * its children and cleanups, ends within a time budget or on a signal whatever happens, and cleans up on
 * every way out. Plus the small measures every report prints.
 */
import { execFileSync, fork, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { App } from "../src/app.ts";

const ROOT = path.resolve(import.meta.dirname, "..");

/**
 * The V8 flags `npm start` gives the server (package.json's start script, e.g. a larger young generation):
 * every server a bench runs gets them too, or it would measure a server nobody runs.
 */
export const SERVER_NODE_FLAGS: string[] = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts.start as string)
  .split(/\s+/)
  .filter((word) => word.startsWith("--"));

export class ScenarioRun {
  readonly cleanups: (() => Promise<unknown>)[] = [];
  /** Set once the budget ran out or a signal came: errors after that are the cleanup's doing. */
  gaveUp = false;
  readonly #children: ChildProcess[] = [];
  #cleaning: Promise<void> | undefined;

  /** `name`: as reported ("bench:trivial"); `file`: the scenario's own file, forked for its roles. */
  constructor(
    readonly name: string,
    private readonly file: string,
  ) {}

  /** Forks the scenario's file in `role`; pinned to `core` through taskset when one is given. */
  start(role: string, options: { env?: Record<string, string>; stdout?: number | "inherit" | "ignore"; core?: number } = {}): ChildProcess {
    const pinned = options.core !== undefined;
    const child = fork(this.file, [role], {
      execPath: pinned ? "taskset" : process.execPath,
      execArgv: pinned ? ["-c", String(options.core), process.execPath, ...SERVER_NODE_FLAGS, "--import", "tsx"] : [...SERVER_NODE_FLAGS, "--import", "tsx"],
      env: { ...process.env, ...options.env },
      stdio: ["ignore", options.stdout ?? "inherit", "inherit", "ipc"],
    });
    this.#children.push(child);
    return child;
  }

  /** A temporary directory, removed at the end. */
  async scratchDirectory(prefix: string): Promise<string> {
    const directory = await mkdtemp(path.join(os.tmpdir(), prefix));
    this.cleanups.push(() => rm(directory, { recursive: true, force: true }));
    return directory;
  }

  /** A fresh database `name` on the server `adminUrl` points at, dropped at the end; its URL. */
  async database(adminUrl: string, name: string): Promise<string> {
    const database = await benchDatabase(adminUrl, name);
    this.cleanups.push(database.drop);
    return database.url;
  }

  /** Stops every child (disconnect, then SIGKILL after 8 s) and runs the cleanups; safe to call twice. */
  cleanUp(): Promise<void> {
    this.#cleaning ??= (async () => {
      for (const child of this.#children) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        const exited = new Promise((resolve) => child.once("exit", resolve));
        if (child.connected) child.disconnect();
        const timer = setTimeout(() => child.kill("SIGKILL"), 8_000);
        await exited;
        clearTimeout(timer);
      }
      for (const cleanup of this.cleanups) await cleanup().catch((error) => console.error("cleanup:", error));
    })();
    return this.#cleaning;
  }

  /** Runs the bench: gives up after `budgetSeconds` or on SIGINT/SIGTERM; cleans up and exits however it ends. */
  async main(budgetSeconds: number, bench: () => Promise<void>): Promise<never> {
    setTimeout(() => {
      this.gaveUp = true;
      console.error(`${this.name}: still running after ${budgetSeconds} s, giving up`);
      void this.cleanUp().finally(() => process.exit(2));
    }, budgetSeconds * 1000).unref();
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        this.gaveUp = true;
        void this.cleanUp().finally(() => process.exit(130));
      });
    }
    try {
      await bench();
    } catch (error) {
      // Once the budget has run out (or a signal came), the cleanup pulls the servers from under the run: its errors say nothing.
      if (!this.gaveUp) console.error(`${this.name} failed:`, error);
      process.exitCode = 1;
    } finally {
      await this.cleanUp();
    }
    process.exit(process.exitCode ?? 0);
  }
}

/** The child's first IPC message; rejects if it exits first. */
export function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${what} exited (${code})`));
    child.once("exit", onExit);
    child.once("message", (message) => (child.off("exit", onExit), resolve(message as T)));
  });
}

/** The code measured: the commit, and how many files under src/ differ from it (others may be editing). */
export function revision(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean).length;
    return dirty ? `${head} with ${dirty} uncommitted files in src/` : head;
  } catch {
    return "unknown revision";
  }
}

export const uptime = () => `load average ${os.loadavg().map((value) => value.toFixed(2)).join(", ")}`;

export const quantile = (values: number[], q: number) => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

/**
 * In a server role: listens on a free port, tells the bench which over IPC, and closes (then exits) when
 * the bench disconnects; at most 10 s later it exits anyway.
 */
export async function serveForBench(app: App): Promise<void> {
  await app.server.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.server.address();
  process.send!({ port: typeof address === "object" && address ? address.port : 0 });
  process.on("disconnect", () => {
    setTimeout(() => process.exit(1), 10_000).unref();
    void app.close().then(() => process.exit(0));
  });
}

/** Writes a run's figures to .tmp/bench-<scenario>-<postgres|pglite>.json. */
export async function writeReport(scenario: string, kind: string, figures: Record<string, unknown>): Promise<void> {
  await mkdir(path.join(ROOT, ".tmp"), { recursive: true });
  await writeFile(path.join(ROOT, `.tmp/bench-${scenario}-${kind}.json`), JSON.stringify({ date: new Date().toISOString(), kind, ...figures }, null, 2));
}

/** A fresh database `name` (dropped first if a crashed run left it) on the server `adminUrl` points at. */
export async function benchDatabase(adminUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { default: postgres } = await import("postgres");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end({ timeout: 5 });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await again.unsafe(`drop database if exists "${name}" with (force)`);
      await again.end({ timeout: 5 });
    },
  };
}
