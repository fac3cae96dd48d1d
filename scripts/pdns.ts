/**
 * `npm run pdns`: PowerDNS answering for Guildhall's zones, straight from its PostgreSQL database.
 *   DATABASE_URL  required: the database Guildhall uses (PowerDNS cannot read PGlite)
 *   PDNS_PORT     UDP and TCP port, default 5353
 *   PDNS_ADDRESS  address to listen on, default 127.0.0.1
 * Runs in the foreground, passes SIGINT and SIGTERM on to pdns_server and exits with its status.
 */
import { startPdns } from "../src/modules/dns/pdns-runner.ts";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const databaseUrl = process.env.DATABASE_URL?.trim();
if (!databaseUrl) {
  fail("DATABASE_URL is required: PowerDNS serves zones from Guildhall's PostgreSQL database (it cannot read PGlite).");
}
const portText = process.env.PDNS_PORT?.trim() || "5353";
const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
if (!(port >= 1 && port <= 65_535)) fail(`PDNS_PORT: "${portText}" is not a port number (1 to 65535).`);
const address = process.env.PDNS_ADDRESS?.trim() || "127.0.0.1";

let server: Awaited<ReturnType<typeof startPdns>>;
try {
  server = await startPdns({
    databaseUrl,
    port,
    address,
    output: "inherit",
    logLevel: 6,
    onWarning: (message) => console.warn(`Warning: ${message}`),
  });
} catch (error) {
  fail((error as Error).message);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
console.log(`PowerDNS is answering on ${address.includes(":") ? `[${address}]` : address}:${port} (dig @${address} -p ${port} example.com SOA).`);
process.exit(await server.exited);
