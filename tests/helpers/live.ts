/**
 * A graphql-ws client for tests, written against the protocol itself (graphql-transport-ws over `ws`) so a
 * test sees every message and close code exactly as a client would. Waits are bounded, never timed: a
 * message that does not come within the bound fails the test.
 */
import WebSocket from "ws";

export type LiveMessage =
  | { type: "next"; payload: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } }
  | { type: "error"; payload: { message: string; extensions?: { code?: string } }[] }
  | { type: "complete" };

export type Closed = { code: number; reason: string };

/** Messages (or a close) as they arrive, taken one at a time. */
class Inbox<T> {
  #items: T[] = [];
  #waiters: ((item: T) => void)[] = [];
  push(item: T) {
    const waiter = this.#waiters.shift();
    if (waiter) waiter(item);
    else this.#items.push(item);
  }
  take(what: string, timeoutMs: number): Promise<T> {
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve(item);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(new Error(`no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = (value: T) => (clearTimeout(timer), resolve(value));
      this.#waiters.push(waiter);
    });
  }
  get pending() {
    return this.#items.length;
  }
}

export type LiveOperation = {
  /** The operation's next message (`next`, `error` or `complete`). */
  message(timeoutMs?: number): Promise<LiveMessage>;
  /** The data of the next `next` message; fails on anything else. */
  data(timeoutMs?: number): Promise<any>;
  /** Asks the server to stop it. */
  stop(): void;
};

export type LiveSocket = {
  /** Resolves once the server acknowledged the connection; rejects with the close if it closed first. */
  ready: Promise<void>;
  /** Resolves when the socket closes, with the server's code and reason. */
  closed: Promise<Closed>;
  subscribe(query: string, variables?: Record<string, unknown>): LiveOperation;
  close(): void;
};

const DEFAULT_WAIT_MS = 10_000;

/** Opens a graphql-ws connection to `baseUrl`'s /graphql with the given connection parameters. */
export function connectLive(baseUrl: string, connectionParams: Record<string, unknown> | null, options: { origin?: string } = {}): LiveSocket {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/graphql`, "graphql-transport-ws", {
    headers: options.origin ? { origin: options.origin } : {},
  });
  const operations = new Map<string, Inbox<LiveMessage>>();
  let nextId = 0;
  const closed = new Promise<Closed>((resolve) => {
    socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
    // An upgrade the server refuses (403, 404) ends as an error before any close frame.
    socket.on("unexpected-response", (_request, response) => resolve({ code: -response.statusCode!, reason: response.statusMessage ?? "" }));
    socket.on("error", () => {});
  });
  const ready = new Promise<void>((resolve, reject) => {
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: connectionParams ?? undefined })));
    socket.on("message", (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === "connection_ack") return resolve();
      if (message.type === "ping") return socket.send(JSON.stringify({ type: "pong" }));
      if (message.id !== undefined) operations.get(message.id)?.push(message);
    });
    void closed.then((close) => reject(Object.assign(new Error(`closed ${close.code} ${close.reason}`), close)));
  });
  ready.catch(() => {});

  return {
    ready,
    closed,
    subscribe(query, variables) {
      const id = String(++nextId);
      const inbox = new Inbox<LiveMessage>();
      operations.set(id, inbox);
      socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables } }));
      return {
        message: (timeoutMs = DEFAULT_WAIT_MS) => inbox.take(`message for operation ${id}`, timeoutMs),
        async data(timeoutMs = DEFAULT_WAIT_MS) {
          const message = await inbox.take(`event for operation ${id}`, timeoutMs);
          if (message.type !== "next" || message.payload.errors) throw new Error(`expected data, got ${JSON.stringify(message)}`);
          return message.payload.data;
        },
        stop: () => socket.send(JSON.stringify({ id, type: "complete" })),
      };
    },
    close: () => socket.close(1000),
  };
}

/** Connects with a bearer token and waits for the acknowledgement. */
export async function liveAs(baseUrl: string, token: string): Promise<LiveSocket> {
  const live = connectLive(baseUrl, { authorization: `Bearer ${token}` });
  await live.ready;
  return live;
}

/**
 * Subscribing is asynchronous on the server (it authorizes, then listens): this waits, bounded, until
 * the app serves `count` subscriptions, so a change made next cannot come before the listening starts.
 */
export async function untilSubscribed(hub: { subscriptionCount: number }, count: number, timeoutMs = DEFAULT_WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (hub.subscriptionCount < count) {
    if (Date.now() > deadline) throw new Error(`only ${hub.subscriptionCount} of ${count} subscriptions started within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
