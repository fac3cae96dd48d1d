/** `npm start`: validates the configuration, opens the database, migrates, serves until SIGTERM/SIGINT. */
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const app = await buildApp(config);
await app.server.listen({ port: config.port, host: config.host });
app.server.log.info(
  { database: app.database.kind, publicUrl: config.publicUrl },
  `Guildhall is up: GraphQL and the playground at ${config.publicUrl}/graphql, REST under ${config.publicUrl}/api`,
);

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.server.log.info({ signal }, "shutting down: finishing in-flight requests");
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.server.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  });
}
