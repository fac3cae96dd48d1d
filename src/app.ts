/**
 * Builds the HTTP application: GraphQL at /graphql (the playground for browsers), the REST shim under
 * /api, and the health checks. Fastify carries both because Express alone costs ~3x Apollo's own
 * handling here (shared/reference/performance.md).
 */
import { randomUUID } from "node:crypto";
import { fastifyApolloHandler } from "@as-integrations/fastify";
import Fastify, { LogController, type FastifyInstance, type FastifyRequest, type FastifySchema } from "fastify";
import pino from "pino";
import type { Config } from "./config.ts";
import { createRequestContext, type AppDeps, type RequestContext } from "./context.ts";
import { openDatabase, type Database } from "./db/client.ts";
import { sendPlayground, wantsPlayground } from "./graphql/playground.ts";
import { createApolloServer } from "./graphql/server.ts";
import { buildSchema } from "./graphql/schema.ts";
import type { KnownQueries } from "./graphql/known-queries.ts";
import { createMetrics, graphqlOperationName, registerMetricsRoute } from "./metrics.ts";
import { startLiveUpdates, type LiveUpdates } from "./graphql/websocket.ts";
import { registerCors } from "./lib/cors.ts";
import { createMailTransport } from "./modules/mail/transport.ts";
import { startMailWorker, type MailWorker } from "./modules/mail/worker.ts";
import { ensureBootstrapAdmin } from "./modules/users/service.ts";
import { handleError, handleNotFound } from "./rest/errors.ts";
import { registerRestApi } from "./rest/index.ts";
import { AJV_OPTIONS, lazyValidators } from "./rest/validators.ts";
import { startRateLimitSweeper } from "./lib/rate-limit.ts";
import { modules } from "./modules/index.ts";
import processRequest from "graphql-upload/processRequest.mjs";

export type App = {
  server: FastifyInstance;
  database: Database;
  deps: AppDeps;
  /** Delivers the mail outbox in the background (stopped by `close`). */
  mailWorker: MailWorker;
  /** Subscriptions over WebSocket at /graphql, and this process's end of the event stream. */
  liveUpdates: LiveUpdates;
  /** Queries answered without Apollo's pipeline, having been answered by it before (known-queries.ts). */
  knownQueries: KnownQueries;
  /** Every HTTP route served, as `METHOD /url` with its request schema (for the fuzz and schema tests, and metrics labels). */
  routes: { method: string; url: string; schema?: FastifySchema }[];
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
};

export type AppOptions = {
  /** An already-open database (tests pass one); otherwise opened from the configuration. */
  database?: Database;
};

export async function buildApp(config: Config, options: AppOptions = {}): Promise<App> {
  const { destination: logs, stopFlushing } = logDestination();
  const server = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ["req.headers.authorization", "req.headers.cookie"], censor: "[redacted]" },
      stream: logs,
    },
    // One line per request, written when it is answered (below), instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    requestIdHeader: "x-request-id",
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    forceCloseConnections: "idle",
    // A client trickling a request (body included) cannot hold a connection longer than this.
    requestTimeout: config.timeouts.requestMs,
    // Behind a reverse proxy, the client address is the one the trusted hops report (login limits, activity).
    trustProxy: typeof config.trustProxy === "number" ? trustHops(config.trustProxy) : (config.trustProxy ?? false),
    // Each route's validator is compiled at its first request (src/rest/validators.ts), and route schemas are
    // checked against JSON Schema's meta-schema by a test, not at every start (compiling that took ~40 ms).
    ajv: { customOptions: AJV_OPTIONS },
    schemaController: { compilersFactory: { buildValidator: lazyValidators() } },
  });
  // Whatever is still buffered goes out when the process exits, however it exits.
  const flushLogs = () => {
    try {
      logs.flushSync();
    } catch {
      // Nothing more can be written (stdout closed): nothing more to do.
    }
  };
  process.on("exit", flushLogs);
  const routes: App["routes"] = [];
  server.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") routes.push({ method, url: route.url, schema: route.schema });
  });
  server.setErrorHandler(handleError);
  server.setNotFoundHandler(handleNotFound);
  // Before every route, so cross-origin pages (CORS_ORIGINS) reach /graphql and /api alike.
  await registerCors(server, config);
  let closing = false;
  // Callback-style hooks (these two run for every request): no promise made for each.
  server.addHook("onSend", (request, reply, payload, done) => {
    reply.header("x-request-id", request.id);
    reply.header("x-content-type-options", "nosniff");
    // API answers may carry a token or a secret (login, register, a new tunnel device): never stored by caches.
    if (!reply.hasHeader("cache-control")) reply.header("cache-control", "no-store");
    if (String(reply.getHeader("content-type") ?? "").startsWith("text/html")) {
      reply.header("content-security-policy", PAGE_CSP);
      reply.header("x-frame-options", "DENY");
    }
    // While draining, a kept-alive connection must not outlive its last response.
    if (closing) reply.header("connection", "close");
    done(null, payload);
  });

  // The schema is built while the database opens and migrates, which is mostly waiting: on PostgreSQL's
  // answers, or on PGlite's files and its WebAssembly compiling off the main thread. One turn of the event loop
  // first, so that the opening has got as far as its first wait.
  const migrated = openAndMigrate(config, options.database);
  // Its failure (a StartupError) is thrown by the await below, not reported as unhandled while the schema builds.
  migrated.catch(() => {});
  await new Promise(setImmediate);
  try {
    buildSchema();
  } catch (error) {
    // Not in the middle of creating or migrating the database: let that finish first.
    await migrated.catch(() => {});
    throw error;
  }
  const database = await migrated;
  const deps: AppDeps = { config, db: database.db, log: server.log };
  // Its LISTEN connection opens while the rest starts; awaited where the routes are (its failure too).
  const liveUpdatesStarted = startLiveUpdates(server, deps, database);
  liveUpdatesStarted.catch(() => {});
  const metrics = createMetrics(database);
  server.decorate("metrics", metrics);
  server.addHook("onResponse", (request, reply, done) => {
    // GraphQL requests are labelled with their operation name, in the metrics and in the request's log line.
    const graphqlOperation = request.routeOptions.url === "/graphql" ? graphqlOperationName(request) : undefined;
    metrics.observeRequest(request, reply, graphqlOperation);
    // Flat fields, not fastify's req/res objects: the one line a request costs is most of what logging costs it.
    request.log.info(
      { method: request.method, url: request.url, ip: request.ip, statusCode: reply.statusCode, responseTime: reply.elapsedTime, graphqlOperation },
      "request completed",
    );
    done();
  });
  registerMetricsRoute(server, metrics, config.metricsToken);
  await ensureBootstrapAdmin(deps);
  for (const module of modules) await module.start?.(deps);

  server.get("/healthz", async () => ({ status: "ok" }));
  server.get("/readyz", async (_request, reply) => {
    try {
      await database.ping();
      return { status: "ok", database: database.kind };
    } catch {
      return reply.code(503).send({ status: "unavailable", database: database.kind });
    }
  });

  const { apollo, knownQueries } = createApolloServer(server, config.graphql);
  await apollo.start();
  server.addHook("onClose", () => apollo.stop());
  const graphql = fastifyApolloHandler<RequestContext>(apollo, {
    context: async (request) => createRequestContext(deps, request),
  });
  const liveUpdates = await liveUpdatesStarted;
  server.get("/graphiql", sendPlayground);
  await server.register(async (scope) => {
    // GraphQL multipart requests (file uploads): the body is left unread here and parsed by graphql-upload.
    scope.addContentTypeParser("multipart/form-data", (_request, _payload, done) => done(null, undefined));
    scope.route({
      method: ["GET", "POST", "OPTIONS"],
      url: "/graphql",
      async handler(request, reply) {
        if (request.method === "GET" && wantsPlayground(request.headers.accept)) {
          return sendPlayground(request, reply);
        }
        if (isMultipart(request)) {
          // Without the header Apollo refuses the request (CSRF) before reading any body, so nothing is parsed for it.
          if (hasCsrfHeader(request)) {
            request.body = await processRequest(request.raw, reply.raw, { maxFileSize: config.avatarMaxBytes + 1, maxFiles: 1 });
          }
        } else if (request.method === "POST") {
          const known = await knownQueries.answer(request.body, request.headers.accept, (about) => createRequestContext(deps, request, about));
          if (known) return reply.type(known.contentType).send(known.body);
        }
        return graphql.call(this, request, reply);
      },
    });
  });
  for (const module of modules) module.publicRoutes?.(server, deps);

  await server.register((api, _opts, done) => (registerRestApi(api, deps), done()), { prefix: "/api" });

  const mailTransport = createMailTransport(config, server.log);
  const mailWorker = startMailWorker(deps, mailTransport, (outcome) => metrics.countMailFailure(outcome));
  const rateLimitSweeper = startRateLimitSweeper(deps.db, server.log);

  return {
    server,
    database,
    deps,
    mailWorker,
    liveUpdates,
    knownQueries,
    routes,
    async close() {
      // Unsent mail stays in the outbox for the next start (or another process) to deliver.
      await mailWorker.stop();
      rateLimitSweeper.stop();
      closing = true;
      // WebSockets first (1001: reconnect elsewhere): the HTTP server cannot finish closing while they are open.
      await liveUpdates.close();
      // In-flight requests get this long to finish before their connections are cut.
      const deadline = setTimeout(() => server.server.closeAllConnections(), 10_000).unref();
      await server.close();
      clearTimeout(deadline);
      await database.close();
      stopFlushing();
      flushLogs();
      process.off("exit", flushLogs);
    },
  };
}

async function openAndMigrate(config: Config, open: Database | undefined): Promise<Database> {
  const database =
    open ??
    (await openDatabase({
      ...config,
      statementTimeoutMs: config.timeouts.statementMs,
      idleInTransactionTimeoutMs: config.timeouts.idleInTransactionMs,
    }));
  await database.migrate();
  return database;
}

/**
 * Log lines go to stdout asynchronously, a few kilobytes at a time: a line is never waited for. Written
 * synchronously, each line cost a system call of the request's time (the trivial-query bench measured
 * logging at over half of such a request's CPU; now about a fifth).
 */
function logDestination() {
  const destination = pino.destination({ dest: 1, sync: false, minLength: LOG_BUFFER_BYTES });
  // Under load lines go out a few kilobytes at a time; when quiet, within a quarter of a second.
  const flusher = setInterval(() => destination.flush(), 250).unref();
  return { destination, stopFlushing: () => clearInterval(flusher) };
}

const LOG_BUFFER_BYTES = 4096;

const isMultipart = (request: FastifyRequest) => /^multipart\/form-data/i.test(request.headers["content-type"] ?? "");
/** The headers Apollo's CSRF protection accepts as proof that a browser preflighted the request. */
const hasCsrfHeader = (request: FastifyRequest) =>
  Boolean(request.headers["apollo-require-preflight"] || request.headers["x-apollo-operation-name"]);

/**
 * The playground's page policy: everything from Guildhall itself (GraphiQL is inlined, with its editor's
 * workers as blobs), nothing from elsewhere, and never inside another site's frame.
 */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/** TRUST_PROXY as a hop count: the nearest `hops` proxies are believed, whatever their address. */
const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;
