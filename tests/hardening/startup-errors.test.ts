/** A bad setting stops `npm start` with one line naming the variable and the cause, never a stack trace or a hang. */
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TMP_DIR } from "../helpers/databases.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the real process with `env`; resolves with its exit code and what it printed. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: root,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", DATABASE_URL: "", DATA_DIR: path.join(TMP_DIR, "startup-errors"), ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    // Bounded: a hang is a failure, not a stuck suite.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`still running after 60 s; printed: ${output}`));
    }, 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("start-up failures", () => {
  it.each([
    ["an unreachable DATABASE_URL", { DATABASE_URL: "postgres://root@127.0.0.1:1/nothing" }, /^DATABASE_URL: cannot use the database at 127\.0\.0\.1:1\/nothing: .*ECONNREFUSED/],
    ["a malformed DATABASE_URL", { DATABASE_URL: "mysql://x" }, /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/],
    ["an unwritable DATA_DIR", { DATA_DIR: "/proc/guildhall" }, /^DATA_DIR: cannot keep the embedded database in \/proc\/guildhall\/pglite: ENOENT/],
    ["a DATA_DIR under a file", { DATA_DIR: "/etc/hostname/data" }, /^DATA_DIR: .*ENOTDIR/],
    ["a HOST this machine does not have", { HOST: "203.0.113.254" }, /^HOST: cannot listen on 203\.0\.113\.254:0 \(EADDRNOTAVAIL\)/],
    ["a HOST that is no address", { HOST: "no-such-host.invalid" }, /^HOST: cannot listen on no-such-host\.invalid:0 \(ENOTFOUND\)/],
  ])(
    "%s",
    async (_what, env, expected) => {
      const { code, output } = await start(env);
      expect(code).toBe(1);
      expect(output.trim()).toMatch(expected);
      expect(output).not.toMatch(/\n\s+at /);
    },
    90_000,
  );
});
