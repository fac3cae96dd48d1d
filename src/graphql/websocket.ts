/**
 * GraphQL subscriptions over a WebSocket at /graphql, speaking graphql-ws (what Apollo Client's
 * GraphQLWsLink speaks). A connection signs in once, with the bearer token in its connection parameters;
 * the token's session is read again with every event (src/events/live.ts) and for every connection every
 * SUBSCRIPTION_SESSION_CHECK_SECONDS, and a session that has expired or was revoked closes the socket with
 * 4401. Only subscriptions travel here: queries and mutations go over HTTP, through Apollo.
 */
import { randomUUID } from "node:crypto";
import type { Duplex } from "node:stream";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLFormattedError } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import { viewerFromAuthorization } from "../auth/viewer.ts";
import type { AppDeps, RequestContext } from "../context.ts";
import type { Database } from "../db/client.ts";
import { EventHub } from "../events/hub.ts";
import { liveLoaders } from "../events/loaders.ts";
import { liveSessionsByTokenHashes } from "../modules/users/queries.ts";
import { websocketOriginAllowed } from "../lib/cors.ts";
import { RequestLoaders } from "../lib/loaders.ts";
import { hashToken } from "../lib/secrets.ts";
import { formatError } from "./errors.ts";
import { estimateCost, validationRules } from "./limits.ts";
import { buildSchema } from "./schema.ts";

/** Close codes a client may see, besides graphql-ws's own (4400 bad message, 4408 no init in time, …). */
export const CLOSE_CODES = {
  /** The server is shutting down: reconnect (to another process, or after the restart). */
  goingAway: 1001,
  /** No valid token at connection, or the session expired or was revoked later: sign in again. */
  unauthorized: 4401,
} as const;

/** The transport's own ping, which also finds connections that went away without a word. */
const KEEP_ALIVE_MS = 12_000;
/** Distinct subscription texts kept parsed and validated. */
const DOCUMENT_CACHE_SIZE = 500;
/** How long `close` lets clients answer the closing handshake before cutting them off. */
const CLOSE_GRACE_MS = 2_000;

type ConnectionParams = Record<string, unknown>;
type Session = { tokenHash: string; ip: string | null };

export type LiveUpdates = {
  hub: EventHub;
  /** How many WebSocket connections are signed in on this process. */
  connectionCount(): number;
  /** Closes every socket with 1001, stops listening for events. Call before the HTTP server closes. */
  close(): Promise<void>;
};

export async function startLiveUpdates(server: FastifyInstance, deps: AppDeps, database: Pick<Database, "db" | "listen">): Promise<LiveUpdates> {
  const hub = new EventHub(database, deps.log);
  // LISTEN's connection opens while everything below, and the caller's own start (src/app.ts), goes on.
  const listening = hub.start();
  listening.catch(() => {});
  const schema = buildSchema();
  // The same limits as over HTTP (src/graphql/limits.ts): depth, aliases, directives, tokens and cost.
  const limits = deps.config.graphql;
  const rules = [...specifiedRules, ...validationRules(limits)];
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const sessions = new Map<WebSocket, Session>();
  const validDocuments = new Map<string, DocumentNode>();
  let closing = false;

  const endSession = (socket: WebSocket) => socket.close(CLOSE_CODES.unauthorized, "Session expired or revoked: sign in again");

  function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
    const path = new URL(request.url ?? "/", "http://guildhall").pathname;
    if (path !== "/graphql") return refuseUpgrade(socket, 404, "Not Found");
    if (closing) return refuseUpgrade(socket, 503, "Service Unavailable");
    if (!websocketOriginAllowed(request.headers, deps.config)) return refuseUpgrade(socket, 403, "Forbidden");
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit("connection", ws, request));
  }
  server.server.on("upgrade", onUpgrade);

  useServer<ConnectionParams>(
    {
      schema,
      // Close reasons never carry internal error messages.
      isProd: true,
      async onConnect({ connectionParams, extra }) {
        const token = bearerToken(connectionParams);
        const viewer = token ? await viewerFromAuthorization(deps.db, `Bearer ${token}`) : null;
        if (!token || !viewer) {
          extra.socket.close(CLOSE_CODES.unauthorized, "Unauthorized: send a valid token as connectionParams.authorization");
          return false;
        }
        sessions.set(extra.socket, { tokenHash: hashToken(token), ip: extra.request.socket.remoteAddress ?? null });
        return true;
      },
      onSubscribe(_ctx, _id, payload) {
        let document = validDocuments.get(payload.query);
        if (!document) {
          try {
            document = parse(payload.query, { maxTokens: limits.maxTokens });
          } catch (error) {
            return [error as GraphQLError];
          }
          const errors = validate(schema, document, rules);
          if (errors.length) return errors;
          // Many clients send the same few subscriptions: each text is validated once, in a bounded cache.
          if (validDocuments.size >= DOCUMENT_CACHE_SIZE) validDocuments.clear();
          validDocuments.set(payload.query, document);
        }
        if (getOperationAST(document, payload.operationName)?.operation !== "subscription") {
          return [new GraphQLError("Only subscriptions are served over the WebSocket; send queries and mutations to POST /graphql.")];
        }
        const cost = estimateCost(schema, document, payload.variables ?? {}, payload.operationName);
        if (cost > limits.maxCost) {
          return [new GraphQLError(`This subscription would cost ${cost} per event; the limit is ${limits.maxCost}.`, { extensions: { code: "QUERY_TOO_COMPLEX" } })];
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
      },
      // A fresh context per operation; src/events/live.ts gives it fresh loaders for every event.
      async context({ extra }) {
        const session = sessions.get(extra.socket)!;
        const loaders = new RequestLoaders(deps.db);
        const viewer = await liveLoaders({ loaders }).viewerByTokenHash.load(session.tokenHash);
        if (!viewer) endSession(extra.socket);
        const context: RequestContext = {
          ...deps,
          viewer,
          credentialsRejected: !viewer,
          loaders,
          ip: session.ip,
          requestId: randomUUID(),
          live: { hub, tokenHash: session.tokenHash, endSession: () => endSession(extra.socket) },
        };
        return context;
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : undefined,
      onError: (_ctx, _id, _payload, errors): GraphQLFormattedError[] => errors.map((error) => formatError(error.toJSON(), error)),
      onClose: ({ extra }) => void sessions.delete(extra.socket),
    },
    sockets,
    KEEP_ALIVE_MS,
  );

  /** One query for every connection of this process: those whose session has ended are closed. */
  async function checkSessions() {
    if (!sessions.size) return;
    try {
      const hashes = [...new Set([...sessions.values()].map((session) => session.tokenHash))];
      const live = new Set((await liveSessionsByTokenHashes(deps.db, hashes)).map((row) => row.tokenHash));
      for (const [socket, session] of sessions) if (!live.has(session.tokenHash)) endSession(socket);
    } catch (error) {
      deps.log.warn({ err: error }, "could not check the sessions of live connections");
    }
  }
  const sweep = setInterval(() => void checkSessions(), deps.config.subscriptionSessionCheckSeconds * 1000).unref();

  await listening;
  return {
    hub,
    connectionCount: () => sessions.size,
    async close() {
      closing = true;
      clearInterval(sweep);
      server.server.off("upgrade", onUpgrade);
      const open = [...sockets.clients];
      const allClosed = Promise.all(open.map((socket) => new Promise((resolve) => socket.once("close", resolve))));
      for (const socket of open) socket.close(CLOSE_CODES.goingAway, "Server shutting down");
      const grace = new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
      await Promise.race([allClosed, grace]);
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
      await hub.close();
    },
  };
}

/** The token from `connectionParams`: `authorization` or `Authorization` ("Bearer …" or bare), or `token`. */
function bearerToken(params: ConnectionParams | undefined): string | null {
  const raw = params?.authorization ?? params?.Authorization ?? params?.token;
  if (typeof raw !== "string") return null;
  const token = raw.replace(/^Bearer\s+/i, "").trim();
  return token || null;
}

function refuseUpgrade(socket: Duplex, status: number, text: string) {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
