/**
 * One process's end of the event stream: a single LISTEN on the database, and the subscribers of this
 * process's WebSocket connections by topic. Only per-connection state lives here; every process hears
 * every committed event from the database itself, so nothing shared depends on one process's memory.
 */
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../db/client.ts";
import { RequestLoaders } from "../lib/loaders.ts";
import { EVENTS_CHANNEL, parseEvent, topicOf, type GuildhallEvent } from "./events.ts";

/**
 * One event on its way to this process's subscribers, with loaders made for it alone: fresh (nothing read
 * before the event is served from them) and shared by its subscribers, so their permission checks and
 * loads are one batch instead of one query each. Loaders are keyed by what they read (the membership of
 * user U in organisation O), never by who asks, so sharing them serves no one another's answer.
 */
export type Delivery = { event: GuildhallEvent; loaders: RequestLoaders };

type Listener = (delivery: Delivery) => void;

/** What a WebSocket operation's context carries besides a request's (src/graphql/websocket.ts makes it). */
export type LiveConnection = {
  hub: EventHub;
  /** The SHA-256 of the connection's bearer token: its session is read again with every event. */
  tokenHash: string;
  /** Closes the socket with 4401: its session has expired or was revoked. */
  endSession(): void;
};

export class EventHub {
  readonly #topics = new Map<string, Set<Listener>>();
  #unlisten: (() => Promise<void>) | null = null;

  constructor(
    private readonly database: Pick<Database, "db" | "listen">,
    private readonly log: FastifyBaseLogger,
  ) {}

  /** Starts listening; events committed before this resolves are not heard. */
  async start(): Promise<void> {
    this.#unlisten = await this.database.listen(EVENTS_CHANNEL, (payload) => this.#dispatch(payload));
  }

  /** Calls `listener` with every event of `topic` until the returned function is called. */
  subscribe(topic: string, listener: Listener): () => void {
    let listeners = this.#topics.get(topic);
    if (!listeners) this.#topics.set(topic, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (!listeners.size && this.#topics.get(topic) === listeners) this.#topics.delete(topic);
    };
  }

  /** How many subscriptions this process is serving (for the bench and the logs). */
  get subscriptionCount(): number {
    let total = 0;
    for (const listeners of this.#topics.values()) total += listeners.size;
    return total;
  }

  async close(): Promise<void> {
    const unlisten = this.#unlisten;
    this.#unlisten = null;
    this.#topics.clear();
    // The database may already be going away: nothing is left to stop then.
    await unlisten?.().catch(() => {});
  }

  // Runs inside the database driver's callback: it only hands the event on, never waits for anything.
  #dispatch(payload: string): void {
    const event = parseEvent(payload);
    if (!event) {
      this.log.warn({ payload: payload.slice(0, 200) }, "ignored an event this process does not understand");
      return;
    }
    const listeners = this.#topics.get(topicOf(event));
    if (!listeners?.size) return;
    const delivery = { event, loaders: new RequestLoaders(this.database.db) };
    for (const listener of [...listeners]) listener(delivery);
  }
}
