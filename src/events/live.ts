/**
 * The source stream of a subscription field. Permission is decided for every event, not once: before an
 * event is shown, the connection's session is read again (ended: the socket closes with 4401), the
 * context gets the event's fresh loaders, and the field's `authorize` runs as it would for a query. A
 * refusal (a removed member, a deleted organisation) ends the subscription: one last `next` carries the
 * error with its code, then `complete`.
 */
import { GraphQLError } from "graphql";
import type { RequestContext } from "../context.ts";
import { AppError } from "../errors.ts";
import type { GuildhallEvent } from "./events.ts";
import type { Delivery, LiveConnection } from "./hub.ts";
import { liveLoaders } from "./loaders.ts";

export type LiveSource<T> = {
  /** The events to hear: `organisationTopic(id)` or `userTopic(id)` (src/events/events.ts). */
  topic: string;
  /** Throws (NOT_FOUND, FORBIDDEN) unless the viewer, as they are now, may hear this topic. */
  authorize(ctx: RequestContext): Promise<unknown>;
  /** What an event shows this subscription, loaded through `ctx`; null or undefined: nothing to show. */
  select(event: GuildhallEvent, ctx: RequestContext): Promise<T | null | undefined> | T | null | undefined;
};

/** A subscriber this far behind is ended rather than buffered without bound; its client resubscribes. */
const MAX_BACKLOG = 1000;

const ENDED = Symbol("ended");
type Ended = { [ENDED]: Error };
export type LiveValue<T> = T | Ended;

/** The `resolve` of every subscription field: the value to show, or the error that ends the stream. */
export function liveValue<T>(payload: LiveValue<T>): T {
  // No event at all: the operation was sent over HTTP, where Apollo runs a subscription like a query.
  if (payload === undefined) throw notOverWebSocket();
  if (payload && typeof payload === "object" && ENDED in payload) throw payload[ENDED];
  return payload as T;
}

const notOverWebSocket = () =>
  new GraphQLError("Subscriptions are served over a WebSocket at /graphql (the graphql-ws protocol).", { extensions: { code: "BAD_REQUEST" } });

/**
 * The stream for a subscription field's `subscribe`. Listens before the first check, so no event can
 * slip between a check that passes and the start of listening; a first refusal rejects (NOT_FOUND, as
 * everywhere for an organisation the viewer is not in).
 */
export async function liveEvents<T>(ctx: RequestContext, source: LiveSource<T>): Promise<AsyncIterableIterator<LiveValue<T>>> {
  if (!ctx.live) throw notOverWebSocket();
  const stream = new LiveStream(ctx, ctx.live, source);
  try {
    await source.authorize(ctx);
  } catch (error) {
    await stream.return();
    throw error;
  }
  return stream;
}

const DONE = { value: undefined, done: true } as const;

/**
 * A hand-written iterator rather than an async generator: a generator waiting for its next event cannot
 * be stopped from outside, and graphql-ws must be able to end every subscription of a closing socket.
 */
class LiveStream<T> implements AsyncIterableIterator<LiveValue<T>> {
  #backlog: Delivery[] = [];
  #wake: (() => void) | null = null;
  #state: "open" | "behind" | "done" = "open";
  readonly #unsubscribe: () => void;

  constructor(
    private readonly ctx: RequestContext,
    private readonly live: LiveConnection,
    private readonly source: LiveSource<T>,
  ) {
    this.#unsubscribe = live.hub.subscribe(source.topic, (delivery) => this.#push(delivery));
  }

  async next(): Promise<IteratorResult<LiveValue<T>>> {
    for (;;) {
      if (this.#state === "done") return DONE;
      if (this.#state === "behind") {
        this.#finish();
        return { value: ended(new GraphQLError("This subscription fell too far behind; subscribe again.", { extensions: { code: "SUBSCRIPTION_BEHIND" } })), done: false };
      }
      const delivery = this.#backlog.shift();
      if (!delivery) {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        continue;
      }
      let value: LiveValue<T> | undefined;
      try {
        value = await this.#serve(delivery);
      } catch (error) {
        // graphql-ws reports it and forgets the operation without calling return(): stop listening here.
        this.#finish();
        throw error;
      }
      if (value !== undefined) return { value, done: false };
    }
  }

  async return(): Promise<IteratorResult<LiveValue<T>>> {
    this.#finish();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<LiveValue<T>>> {
    this.#finish();
    throw error;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  #push(delivery: Delivery) {
    if (this.#state !== "open") return;
    if (this.#backlog.length >= MAX_BACKLOG) this.#state = "behind";
    else this.#backlog.push(delivery);
    this.#wakeUp();
  }

  #wakeUp() {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  #finish() {
    if (this.#state === "done") return;
    this.#state = "done";
    this.#unsubscribe();
    this.#backlog = [];
    this.#wakeUp();
  }

  /** The value this delivery shows, an ended marker, or undefined for nothing to show. */
  async #serve(delivery: Delivery): Promise<LiveValue<T> | undefined> {
    const ctx = this.ctx;
    // This operation's context is reused for every event it shows: give it the event's fresh loaders and
    // the viewer as their session is now (a changed platform role counts from this event on).
    ctx.loaders = delivery.loaders;
    const viewer = await liveLoaders(ctx).viewerByTokenHash.load(this.live.tokenHash);
    if (!viewer) {
      this.#finish();
      this.live.endSession();
      return undefined;
    }
    ctx.viewer = viewer;
    try {
      await this.source.authorize(ctx);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.#finish();
      return ended(error);
    }
    if (this.#state === "done") return undefined;
    return (await this.source.select(delivery.event, ctx)) ?? undefined;
  }
}

const ended = (error: Error): Ended => ({ [ENDED]: error });
