/**
 * Runs PowerDNS (pdns_server with the gpgsql backend) over Guildhall's database: writes
 * pdns/pdns.conf.template, filled in, to a temporary directory, starts pdns_server in the foreground and
 * waits until it answers. `npm run pdns` (scripts/pdns.ts) and the tests (tests/helpers/pdns.ts) both use it.
 */
import { spawn } from "node:child_process";
import dgram from "node:dgram";
import { randomInt } from "node:crypto";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import net, { isIP } from "node:net";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { projectPath } from "../../lib/project-root.ts";

export const PDNS_TEMPLATE_PATH = projectPath("pdns", "pdns.conf.template");

export type PdnsOptions = {
  /** postgres:// URL of Guildhall's database, which holds the pdns.* views. */
  databaseUrl: string;
  /** UDP and TCP port to answer on. */
  port: number;
  /** Address to listen on; default 127.0.0.1. */
  address?: string;
  /** "inherit" passes pdns_server's log through (npm run pdns); "capture" (the default) keeps it for errors. */
  output?: "inherit" | "capture";
  /** pdns_server's loglevel, 0 to 7; default 4 (warnings), 6 shows start-up and connections. */
  logLevel?: number;
  /** Log every SQL statement the backend runs (PowerDNS's query-logging). */
  logQueries?: boolean;
  /** How long to wait for the first answer; default 15 s. */
  readyTimeoutMs?: number;
  /** The pdns_server executable; default `pdns_server` on PATH. */
  executable?: string;
  /** Told about things that will not stop PowerDNS but will make it answer REFUSED (no dns_settings yet). */
  onWarning?: (message: string) => void;
};

export type PdnsServer = {
  address: string;
  port: number;
  /** The temporary directory holding pdns.conf and the control socket; removed when pdns_server exits. */
  configDir: string;
  /** pdns_server's exit code once it has exited (128 + the signal's number if a signal ended it). */
  exited: Promise<number>;
  /** What pdns_server has written so far (empty with output "inherit"). */
  output(): string;
  /** Sends pdns_server a signal (the CLI forwards SIGINT and SIGTERM). */
  kill(signal: NodeJS.Signals): void;
  /** Stops pdns_server (SIGTERM, then SIGKILL after 5 s) and waits for it. */
  stop(): Promise<void>;
};

/** The gpgsql connection settings a postgres:// URL stands for. */
export type GpgsqlConnection = { host: string; port: string; dbname: string; user: string; password: string; extra: string };

// libpq parameters a DATABASE_URL may carry that mean the same to PowerDNS's libpq connection.
const PASSED_PARAMETERS = ["sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout", "application_name", "options"];

/** Splits a postgres:// URL into gpgsql settings; `?host=/run/postgresql` selects a Unix socket directory. */
export function gpgsqlConnection(databaseUrl: string): GpgsqlConnection {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new Error("DATABASE_URL: must be a postgres:// or postgresql:// URL");
  }
  const parameters = new Map<string, string>([["application_name", "guildhall-pdns"]]);
  for (const [key, value] of url.searchParams) {
    if (PASSED_PARAMETERS.includes(key)) parameters.set(key, value);
  }
  return {
    host: url.searchParams.get("host") ?? url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port,
    dbname: decodeURIComponent(url.pathname.replace(/^\//, "")),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    // libpq conninfo syntax: single-quoted values, backslash-escaped quotes and backslashes.
    extra: [...parameters].map(([key, value]) => `${key}='${value.replace(/[\\']/g, "\\$&")}'`).join(" "),
  };
}

/** `local-address` syntax: IPv6 addresses in brackets. */
function listenAddress(address: string, port: number): string {
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * The template with every `{{NAME}}` replaced. pdns.conf has no quoting (a `#` after a space starts a comment,
 * trailing blanks and backslashes are eaten, a line ends the value), so a value that would be read differently
 * is refused rather than written.
 */
export function renderPdnsConfig(template: string, values: Record<string, string>): string {
  for (const [name, value] of Object.entries(values)) {
    if (/[\r\n]|\s#|[\s\\]$/.test(value)) {
      throw new Error(`${name}: PowerDNS's configuration file cannot hold this value (a newline, " #", or a trailing blank or backslash)`);
    }
  }
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`pdns.conf.template: no value for {{${name}}}`);
    return values[name]!;
  });
}

/**
 * Checks, before PowerDNS starts, what would otherwise show up only as SERVFAIL or REFUSED: that the database
 * answers and holds the pdns.* views, and whether Guildhall has written its nameserver settings yet.
 */
async function preflight(databaseUrl: string, warn: (message: string) => void): Promise<void> {
  const sql = postgres(databaseUrl, { max: 1, connect_timeout: 5, onnotice: () => {} });
  let views = false;
  let settings = 0;
  try {
    const [found] = await sql<{ views: boolean }[]>`
      select to_regclass('pdns.records') is not null
        and to_regclass('pdns.domains') is not null
        and to_regprocedure('pdns.is_empty_non_terminal(text, integer)') is not null as views`;
    views = Boolean(found?.views);
    // The views read dns_settings, so where they exist, so does it.
    if (views) {
      const [row] = await sql<{ settings: number }[]>`select count(*)::int as settings from dns_settings`;
      settings = row?.settings ?? 0;
    }
  } catch (error) {
    throw new Error(`Cannot read DATABASE_URL's database: ${(error as Error).message}`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  if (!views) {
    throw new Error(
      "PowerDNS's views (pdns.records, pdns.domains) are missing from DATABASE_URL's database: run the migrations first (npm run db:migrate)",
    );
  }
  if (settings === 0) {
    warn("dns_settings is empty: PowerDNS will answer REFUSED for every zone until Guildhall has started once and written it");
  }
}

/** A DNS query for `name` SOA, recursion not desired. */
function dnsQuery(id: number, name: string): Buffer {
  const labels = name.split(".").filter(Boolean);
  const question = Buffer.concat([
    ...labels.map((label) => Buffer.concat([Buffer.of(label.length), Buffer.from(label, "ascii")])),
    Buffer.of(0, 0, 6, 0, 1),
  ]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(id, 0);
  header.writeUInt16BE(1, 4);
  return Buffer.concat([header, question]);
}

/**
 * Sends one query and resolves with the answer's RCODE, or null when nothing came back in `timeoutMs`.
 * A refused port (nothing listening yet) is also null.
 */
function probe(address: string, port: number, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    const socket = dgram.createSocket(isIP(address) === 6 ? "udp6" : "udp4");
    const id = randomInt(0, 65_536);
    const done = (rcode: number | null) => {
      clearTimeout(timer);
      socket.close();
      resolve(rcode);
    };
    const timer = setTimeout(() => done(null), timeoutMs);
    socket.on("error", () => done(null));
    socket.on("message", (message) => {
      if (message.length >= 12 && message.readUInt16BE(0) === id) done(message[3]! & 0x0f);
    });
    socket.send(dnsQuery(id, "guildhall-readiness-probe.invalid"), port, address);
  });
}

const RCODE_SERVFAIL = 2;

/**
 * Whether nothing listens on the UDP and TCP port yet. Checked before starting because the readiness probe
 * cannot tell PowerDNS's answer from another server's, and pdns_server reports a taken port only in its log.
 */
async function portIsFree(address: string, port: number): Promise<boolean> {
  const udp = dgram.createSocket(isIP(address) === 6 ? "udp6" : "udp4");
  const udpFree = await new Promise<boolean>((resolve) => {
    udp.once("error", () => resolve(false));
    udp.bind(port, address, () => resolve(true));
  });
  udp.close();
  if (!udpFree) return false;
  return new Promise<boolean>((resolve) => {
    const tcp = net.createServer();
    tcp.once("error", () => resolve(false));
    tcp.listen(port, address, () => tcp.close(() => resolve(true)));
  });
}

/**
 * Starts pdns_server and resolves once it answers a query with anything but SERVFAIL (SERVFAIL means it cannot
 * read the database). Rejects, with pdns_server's output, if it exits first or does not answer in time.
 */
export async function startPdns(options: PdnsOptions): Promise<PdnsServer> {
  const address = options.address ?? "127.0.0.1";
  if (!isIP(address)) throw new Error(`PDNS_ADDRESS: "${address}" is not an IP address`);
  if (!Number.isInteger(options.port) || options.port < 1 || options.port > 65_535) {
    throw new Error(`PDNS_PORT: ${options.port} is not a port number (1 to 65535)`);
  }
  const connection = gpgsqlConnection(options.databaseUrl);
  await preflight(options.databaseUrl, options.onWarning ?? (() => {}));
  if (!(await portIsFree(address, options.port))) {
    throw new Error(`PDNS_PORT: ${listenAddress(address, options.port)} is already in use`);
  }

  const configDir = await mkdtemp(path.join(os.tmpdir(), "guildhall-pdns-"));
  try {
    const config = renderPdnsConfig(await readFile(PDNS_TEMPLATE_PATH, "utf8"), {
      SOCKET_DIR: configDir,
      LOCAL_ADDRESS: listenAddress(address, options.port),
      LOGLEVEL: String(options.logLevel ?? 4),
      QUERY_LOGGING: options.logQueries ? "yes" : "no",
      DB_HOST: connection.host,
      DB_PORT: connection.port,
      DB_NAME: connection.dbname,
      DB_USER: connection.user,
      DB_PASSWORD: connection.password,
      DB_EXTRA: connection.extra,
    });
    await chmod(configDir, 0o700);
    await writeFile(path.join(configDir, "pdns.conf"), config, { mode: 0o600 });
  } catch (error) {
    await rm(configDir, { recursive: true, force: true });
    throw error;
  }

  const inherit = options.output === "inherit";
  const child = spawn(options.executable ?? "pdns_server", [`--config-dir=${configDir}`], {
    stdio: ["ignore", inherit ? "inherit" : "pipe", inherit ? "inherit" : "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    // The start of the log explains most failures; the tail holds the latest. Keep both, bounded.
    output += chunk.toString("utf8");
    if (output.length > 64_000) output = `${output.slice(0, 16_000)}\n[...]\n${output.slice(-32_000)}`;
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);

  // If this process ends first (process.exit, an uncaught error), pdns_server must not outlive it.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  let hasExited = false;
  const exited = new Promise<number>((resolve) => {
    const finish = (status: number) => {
      hasExited = true;
      process.removeListener("exit", killOnExit);
      void rm(configDir, { recursive: true, force: true }).finally(() => resolve(status));
    };
    child.once("error", (error) => {
      output += `${error.message}\n`;
      finish(127);
    });
    child.once("exit", (code, signal) => finish(code ?? 128 + (signal ? (os.constants.signals[signal] ?? 0) : 0)));
  });

  const server: PdnsServer = {
    address,
    port: options.port,
    configDir,
    exited,
    output: () => output,
    kill: (signal) => {
      if (!hasExited) child.kill(signal);
    },
    stop: async () => {
      if (!hasExited) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 5000);
        await exited;
        clearTimeout(killer);
      }
      await exited;
    },
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 15_000);
  let lastRcode: number | null = null;
  while (!hasExited && Date.now() < deadline) {
    lastRcode = await probe(address, options.port, 250);
    if (lastRcode !== null && lastRcode !== RCODE_SERVFAIL && !hasExited) return server;
    if (lastRcode === null) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const where = `${listenAddress(address, options.port)}`;
  const reason = hasExited
    ? `pdns_server exited with status ${await exited} before answering on ${where}`
    : lastRcode === RCODE_SERVFAIL
      ? `pdns_server on ${where} answers SERVFAIL: it cannot read the database`
      : `pdns_server did not answer on ${where} within ${options.readyTimeoutMs ?? 15_000} ms`;
  await server.stop();
  throw new Error(`${reason}${inherit ? "" : `\n--- pdns_server output ---\n${output.trim()}`}`);
}
