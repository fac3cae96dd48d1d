/** One Guildhall process of the soak scenario, on the database BENCH_DATABASE_URL names. */
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";

const app = await buildApp(
  loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: process.env.BENCH_DATABASE_URL!, DATA_DIR: "/tmp/guildhall-soak-unused", PORT: "0", MAIL_POLL_MS: "5000" }),
);
await app.server.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.server.address();
process.send!({ port: typeof address === "object" && address ? address.port : 0 });
process.on("disconnect", () => void app.close().then(() => process.exit(0)));
