/**
 * GET /metrics in Prometheus's text format (prom-client): requests by route and GraphQL operation with
 * latency histograms, errors by code, database statements in flight and their latency, the mail outbox's
 * depth and oldest due age, mail failures, and the process's own metrics. Each app has its own registry
 * (a test process runs several apps); every process is scraped on its own, as Prometheus expects.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Database } from "./db/client.ts";
import { mailOutboxHealth } from "./modules/mail/queries.ts";

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type Metrics = ReturnType<typeof createMetrics>;

declare module "fastify" {
  interface FastifyInstance {
    /** This app's metrics (src/metrics.ts). */
    metrics: Metrics;
  }
}

export function createMetrics(database: Pick<Database, "db" | "ping" | "statementCount">) {
  const db = database.db;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpRequests = new Counter({
    name: "guildhall_http_requests_total",
    help: "HTTP requests answered, by method, route pattern, GraphQL operation name and status.",
    labelNames: ["method", "route", "operation", "status"],
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "guildhall_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by method, route pattern and GraphQL operation name.",
    labelNames: ["method", "route", "operation"],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: "guildhall_errors_total",
    help: "Expected failures answered, by code (RATE_LIMITED counts rate-limit refusals), and INTERNAL for unexpected ones.",
    labelNames: ["code", "transport"],
    registers: [registry],
  });
  // The drivers expose neither their pools nor per-statement timings, so the database is measured as this
  // process sees it at scrape time: a round trip, and the statements sent so far.
  new Gauge({
    name: "guildhall_db_round_trip_seconds",
    help: "Time for `select 1` through this process's connection pool, measured at scrape time (a busy pool shows here).",
    registers: [registry],
    async collect() {
      const started = performance.now();
      await database.ping();
      this.set((performance.now() - started) / 1000);
    },
  });
  new Gauge({
    name: "guildhall_db_statements",
    help: "SQL statements this process has sent since it started.",
    registers: [registry],
    collect() {
      this.set(database.statementCount());
    },
  });
  const mailFailures = new Counter({
    name: "guildhall_mail_failures_total",
    help: "Mail delivery attempts that failed, by outcome: retrying, or failed for good.",
    labelNames: ["outcome"],
    registers: [registry],
  });
  // Read at scrape time, so every process reports the shared outbox as it is now.
  new Gauge({
    name: "guildhall_mail_outbox_due",
    help: "Messages in the mail outbox waiting to be sent.",
    registers: [registry],
    async collect() {
      this.set((await mailOutboxHealth(db)).due);
    },
  });
  new Gauge({
    name: "guildhall_mail_outbox_oldest_due_seconds",
    help: "How long the oldest message due in the mail outbox has waited (0 when none).",
    registers: [registry],
    async collect() {
      this.set((await mailOutboxHealth(db)).oldestDueSeconds);
    },
  });

  return {
    registry,
    /** Records an answered HTTP request (fastify's onResponse hook). */
    observeRequest(request: FastifyRequest, reply: FastifyReply, graphqlOperation = "") {
      const route = request.routeOptions.url ?? "unmatched";
      const { method } = request;
      // Two literals, not `{ ...labels, status }`: a spread followed by a property is slow in Node 20 (context.ts).
      httpRequests.inc({ method, route, operation: graphqlOperation, status: String(reply.statusCode) });
      httpDuration.observe({ method, route, operation: graphqlOperation }, reply.elapsedTime / 1000);
    },
    countError(code: string, transport: "rest" | "graphql") {
      errors.inc({ code, transport });
    },
    countMailFailure(outcome: "retrying" | "failed") {
      mailFailures.inc({ outcome });
    },
  };
}

/** The operation name a GraphQL request gave (the body's, or the query string's); "anonymous" when none. */
export function graphqlOperationName(request: FastifyRequest): string {
  const source = (request.method === "GET" ? request.query : request.body) as { operationName?: unknown } | undefined;
  const name = source?.operationName;
  return typeof name === "string" && /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : "anonymous";
}

/** GET /metrics; with METRICS_TOKEN set, only for `Authorization: Bearer <token>`. */
export function registerMetricsRoute(server: FastifyInstance, metrics: Metrics, token: string | undefined) {
  server.get("/metrics", async (request, reply) => {
    if (token && request.headers.authorization !== `Bearer ${token}`) {
      return reply.code(401).send({ error: "Send the metrics token as a bearer token.", code: "UNAUTHENTICATED" });
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
