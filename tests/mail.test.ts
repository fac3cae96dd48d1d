import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mailOutbox } from "../src/modules/mail/tables.ts";
import { enqueueMail } from "../src/modules/mail/outbox.ts";
import { createMailTransport } from "../src/modules/mail/transport.ts";
import { retryDelayMs, startMailWorker } from "../src/modules/mail/worker.ts";
import { startTestApp, type TestApp } from "./helpers/app.ts";
import { createOrganisation, createUser, unique } from "./helpers/factories.ts";
import { eventually, FAST_MAIL, startSmtpSink, type SmtpSink } from "./helpers/smtp.ts";

const INVITES = `query($id: ID!) { organisation(id: $id) { invites { nodes { id email status deliveryFailed delivery { status attempts lastError } } } } }`;

// Background delivery on a busy machine: generous, bounded waits (never timing assertions).
vi.setConfig({ testTimeout: 120_000 });

let smtp: SmtpSink;
const apps: TestApp[] = [];
beforeAll(async () => {
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await smtp.stop();
});

async function app(env: Record<string, string> = {}) {
  const started = await startTestApp({ ...FAST_MAIL, ...env });
  apps.push(started);
  return started;
}

async function delivery(t: TestApp, token: string, organisationId: string) {
  const response = await t.gql(INVITES, { id: organisationId }, token);
  return response.data.organisation.invites.nodes[0];
}

describe("the mail outbox", () => {
  it("delivers an invitation made while the SMTP server was down once it comes back on the same port", async () => {
    const t = await app({ SMTP_URL: smtp.url });
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    await smtp.stop();
    const email = `${unique("outage")}@example.com`;
    try {
      const invited = await t.rest("POST", `/api/organisations/${organisation.id}/invite`, { token: owner.token, body: { email } });
      expect(invited.status).toBe(201);
      const retrying = await eventually(async () => {
        const invite = await delivery(t, owner.token, organisation.id);
        expect(invite.delivery).toMatchObject({ status: "RETRYING", lastError: expect.any(String) });
        return invite;
      });
      expect(retrying.delivery.attempts).toBeGreaterThanOrEqual(1);
    } finally {
      await smtp.start();
    }
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.text).toContain("/invites/accept?token=");
    await eventually(async () => expect((await delivery(t, owner.token, organisation.id)).delivery.status).toBe("SENT"));
  });

  it("loses nothing when the process stops before sending: the next process's worker delivers it", async () => {
    const t = await app({ SMTP_URL: smtp.url });
    await t.app.mailWorker.stop(); // this "process" is gone: nothing will send from it
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const email = `${unique("restart")}@example.com`;
    await t.rest("POST", `/api/organisations/${organisation.id}/invite`, { token: owner.token, body: { email } });
    expect((await delivery(t, owner.token, organisation.id)).delivery.status).toBe("QUEUED");

    const next = startMailWorker(t.app.deps, createMailTransport(t.app.deps.config, t.app.deps.log));
    try {
      await smtp.waitFor((m) => m.to.includes(email));
    } finally {
      await next.stop();
    }
  });

  it("never sends a message twice when several workers share one database", async () => {
    const t = await app({ SMTP_URL: smtp.url });
    const workers = [1, 2, 3].map(() => startMailWorker(t.app.deps, createMailTransport(t.app.deps.config, t.app.deps.log)));
    try {
      const batch = unique("batch");
      const rows = await t.app.deps.db.transaction(async (tx) =>
        Promise.all(
          Array.from({ length: 12 }, (_, i) =>
            enqueueMail(tx, { kind: "test", to: `${batch}-${i}@example.com`, subject: `${batch} ${i}`, text: "hello", html: "<p>hello</p>" }),
          ),
        ),
      );
      const ids = rows.map((row) => row.id);
      await eventually(async () => {
        const sent = await t.app.deps.db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
        expect(sent.every((row) => row.status === "sent")).toBe(true);
        expect(sent.every((row) => row.textBody === null && row.htmlBody === null)).toBe(true);
      });
      const received = smtp.messages.filter((m) => m.subject.startsWith(batch));
      expect(received).toHaveLength(12);
      expect(new Set(received.map((m) => m.messageId)).size).toBe(12);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });

  it("marks a message failed after it has kept failing past the give-up age, and owners see it on the invite", async () => {
    const dead = await startSmtpSink();
    const deadUrl = dead.url;
    await dead.stop();
    const t = await app({ SMTP_URL: deadUrl, MAIL_GIVE_UP_SECONDS: "1" });
    const owner = await createUser(t);
    const organisation = await createOrganisation(t, owner);
    const email = `${unique("dead")}@example.com`;
    await t.rest("POST", `/api/organisations/${organisation.id}/invite`, { token: owner.token, body: { email } });
    await eventually(async () => {
      const invite = await delivery(t, owner.token, organisation.id);
      expect(invite).toMatchObject({ status: "PENDING", deliveryFailed: true, delivery: { status: "FAILED" } });
    });
    const rest = await t.rest("GET", `/api/organisations/${organisation.id}/invites`, { token: owner.token });
    expect(rest.body.items[0]).toMatchObject({ deliveryFailed: true, delivery: { status: "failed" } });
  });

  it("writes each message as an .eml file under DATA_DIR/mail when SMTP_URL is not set", async () => {
    const t = await app();
    const email = `${unique("file")}@example.com`;
    const registered = await t.rest("POST", "/api/auth/register", { body: { email, password: "long enough password" } });
    expect(registered.status).toBe(201);
    const directory = path.join(t.app.deps.config.dataDir, "mail");
    const contents = await eventually(async () => {
      const files = await readdir(directory);
      const all = await Promise.all(files.map((file) => readFile(path.join(directory, file), "utf8")));
      const found = all.find((text) => text.includes(email));
      expect(found).toBeDefined();
      return found!;
    });
    expect(contents).toContain("Content-Type: text/plain");
    expect(contents).toContain("Content-Type: text/html");
    expect(contents).toContain("Subject: Verify your email address for Guildhall");
  });

  it("backs off exponentially, capped", () => {
    const settings = { retryBaseMs: 2000, retryMaxMs: 60_000 } as Parameters<typeof retryDelayMs>[1];
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((attempts) => retryDelayMs(attempts, settings))).toEqual([
      2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ]);
  });
});
