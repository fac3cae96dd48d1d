/**
 * PowerDNS for tests: a pdns_server over a test database on a free port of 127.0.0.1, and `dig` against it.
 * Needs a real PostgreSQL (DATABASE_URL), Debian's pdns-server and pdns-backend-pgsql, and dig.
 */
import { execFile } from "node:child_process";
import dgram from "node:dgram";
import net from "node:net";
import { promisify } from "node:util";
import { startPdns, type PdnsServer } from "../../src/modules/dns/pdns-runner.ts";

const run = promisify(execFile);

/** A port free for both UDP and TCP on 127.0.0.1 (PowerDNS listens on both) at the time of asking. */
async function freePort(): Promise<number> {
  for (;;) {
    const udp = dgram.createSocket("udp4");
    const port = await new Promise<number>((resolve, reject) => {
      udp.once("error", reject);
      udp.bind(0, "127.0.0.1", () => resolve(udp.address().port));
    });
    const tcpFree = await new Promise<boolean>((resolve) => {
      const tcp = net.createServer();
      tcp.once("error", () => resolve(false));
      tcp.listen(port, "127.0.0.1", () => tcp.close(() => resolve(true)));
    });
    udp.close();
    if (tcpFree) return port;
  }
}

/**
 * Starts PowerDNS over `databaseUrl` (migrated: the pdns.* views must exist) and waits until it answers.
 * Another process can take the port between choosing and binding it, so a failed start is tried again.
 */
export async function startTestPdns(databaseUrl: string): Promise<PdnsServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startPdns({ databaseUrl, port: await freePort(), readyTimeoutMs: 15_000 });
    } catch (error) {
      lastError = error;
      if (!/already in use|Unable to bind/i.test((error as Error).message)) throw error;
    }
  }
  throw lastError;
}

export type DigAnswer = {
  /** The response code from dig's header: NOERROR, NXDOMAIN, REFUSED, SERVFAIL, ... */
  status: string;
  /** Whether the answer is authoritative (the `aa` flag): a referral to a delegated name is not. */
  authoritative: boolean;
  /** The rdata of each answer record, as dig prints it (`10 mail.example.com.`, `"v=spf1 -all"`). */
  answers: string[];
  /** The authority section's records as `TYPE rdata` (`SOA ns1... ...`, `NS ns1.other.net.`). */
  authority: string[];
};

/** The rdata of one line of dig output: the fields after name, TTL, class and type. */
function rdataOf(line: string): { type: string; rdata: string } {
  const match = /^\S+\s+\d+\s+IN\s+(\S+)\s+(.*)$/.exec(line.trim());
  return match ? { type: match[1]!, rdata: match[2]! } : { type: "", rdata: line.trim() };
}

/** Asks the PowerDNS on `port` of 127.0.0.1 for `name` `type`, without recursion. */
export async function dig(port: number, name: string, type: string): Promise<DigAnswer> {
  const { stdout } = await run("dig", [
    "@127.0.0.1",
    "-p",
    String(port),
    "+norecurse",
    "+time=2",
    "+tries=1",
    "+nocookie",
    "+noall",
    "+comments",
    "+answer",
    "+authority",
    name,
    type,
  ]);
  const status = /status: ([A-Z]+)/.exec(stdout)?.[1];
  if (!status) throw new Error(`dig printed no status for ${name} ${type}:\n${stdout}`);
  const flags = /;; flags: ([a-z ]*);/.exec(stdout)?.[1]?.split(" ") ?? [];
  const sections: Record<string, string[]> = { ANSWER: [], AUTHORITY: [] };
  let section = "";
  for (const line of stdout.split("\n")) {
    const heading = /^;; ([A-Z]+) SECTION:/.exec(line);
    if (heading) section = heading[1]!;
    else if (line.trim() && !line.startsWith(";") && section in sections) sections[section]!.push(line);
  }
  return {
    status,
    authoritative: flags.includes("aa"),
    answers: sections.ANSWER!.map((line) => rdataOf(line).rdata),
    authority: sections.AUTHORITY!.map((line) => {
      const { type: recordType, rdata } = rdataOf(line);
      return `${recordType} ${rdata}`;
    }),
  };
}
