/**
 * The mail worker: runs in every server process and delivers the outbox. Each pass claims due messages
 * (row locks with SKIP LOCKED, so processes sharing a database never send one twice), sends them outside
 * any transaction, then records the outcome. A failed attempt is retried with exponential backoff capped
 * at MAIL_RETRY_MAX_MS (a minute by default); a message still failing MAIL_GIVE_UP_SECONDS (a day) after
 * it was queued is marked failed, which owners and admins see on the invite.
 */
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { claimDueMail, markMailAttemptFailed, markMailSent } from "./queries.ts";
import type { MailTransport } from "./transport.ts";

const BATCH = 10;

export type MailWorker = {
  /** Runs one pass now (tests and shutdown); resolves when it is done. */
  drain(): Promise<void>;
  stop(): Promise<void>;
};

/** The delay before attempt `attempts + 1`: base · 2^(attempts−1), capped. */
export function retryDelayMs(attempts: number, { retryBaseMs, retryMaxMs }: Config["mail"]): number {
  return Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
}

export function startMailWorker(
  deps: { db: Db; config: Config; log: FastifyBaseLogger },
  transport: MailTransport,
  /** Told of every failed attempt (the metrics count them). */
  onFailure: (outcome: "retrying" | "failed") => void = () => {},
): MailWorker {
  const { db, config, log } = deps;
  const settings = config.mail;
  // A claim lasts long enough for a send to time out on every stage, then the message is due again.
  const leaseMs = settings.sendTimeoutMs * 4 + 5_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | null = null;

  async function pass(): Promise<void> {
    while (!stopped) {
      const batch = await claimDueMail(db, { limit: BATCH, leaseMs });
      if (!batch.length) return;
      for (const mail of batch) {
        try {
          await transport.send({ id: mail.id, to: mail.recipient, subject: mail.subject, text: mail.textBody ?? "", html: mail.htmlBody ?? "" });
          await markMailSent(db, mail.id);
          log.debug({ mailId: mail.id, kind: mail.kind }, "mail sent");
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const status = await markMailAttemptFailed(db, mail.id, {
            error: message,
            retryInMs: retryDelayMs(mail.attempts, settings),
            giveUpSeconds: settings.giveUpSeconds,
          });
          onFailure(status === "failed" ? "failed" : "retrying");
          const level = status === "failed" ? "error" : "warn";
          log[level]({ mailId: mail.id, kind: mail.kind, attempts: mail.attempts, err: message }, status === "failed" ? "mail failed for good" : "mail attempt failed; will retry");
        }
      }
    }
  }

  function run(): Promise<void> {
    current ??= pass()
      .catch((error) => log.error({ err: error }, "mail worker pass failed"))
      .finally(() => {
        current = null;
      });
    return current;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      await run();
      schedule();
    }, settings.pollMs);
    timer.unref();
  }
  schedule();

  return {
    drain: async () => {
      await current;
      await run();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      transport.close();
    },
  };
}
