/** `npm start`: validates the configuration, opens the database, migrates, serves until SIGTERM/SIGINT. */
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig, type Config } from "./config.ts";
import { StartupError } from "./db/client.ts";

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/** A bad setting stops the process with one line naming the variable and the cause, never a stack trace. */
function stop(line: string): never {
  console.error(line);
  process.exit(1);
}

/**
 * Builds, listens, and hands SIGTERM/SIGINT to a graceful close. A function rather than top-level awaits:
 * the bundle is CommonJS, so that node can start it from V8's code cache (scripts/start.js).
 */
async function serve(config: Config) {
  const app = await buildApp(config).catch((error: unknown) => {
    if (error instanceof StartupError) stop(error.message);
    throw error;
  });
  await app.server.listen({ port: config.port, host: config.host }).catch((error: NodeJS.ErrnoException) => {
    // Nothing was served yet: exiting at once loses nothing (the migrations are committed).
    if (error.code === "EADDRINUSE") stop(`PORT: ${config.port} is already in use on ${config.host}.`);
    if (error.code === "EACCES") stop(`PORT: this process may not listen on port ${config.port}.`);
    stop(`HOST: cannot listen on ${config.host}:${config.port} (${error.code ?? error.message}).`);
  });
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
}

/** Settles once the server listens (scripts/start.js then writes V8's code cache for the next start). */
export const ready: Promise<void> = serve(config);
