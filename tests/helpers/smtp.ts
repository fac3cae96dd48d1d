/**
 * An SMTP server in the test process (the `smtp-server` package) that keeps every message it receives,
 * with just enough MIME parsing to read the subject, the plain-text and HTML parts, and the links in
 * them. It can be stopped and started again on the same port, to play an outage.
 */
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  messageId: string;
  text: string;
  html: string;
  raw: string;
  /** Every http(s) link in the plain-text part. */
  links: string[];
};

export type SmtpSink = {
  port: number;
  url: string;
  messages: ReceivedMail[];
  /** Waits (bounded) for a message matching `match`, returning it; fails with what did arrive. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Stops listening; connections are refused until `start`. */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
};

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function splitHeaders(part: string): { headers: Record<string, string>; body: string } {
  const index = part.search(/\r?\n\r?\n/);
  const head = index === -1 ? part : part.slice(0, index);
  const body = index === -1 ? "" : part.slice(index).replace(/^\r?\n\r?\n/, "");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decodeBody(headers: Record<string, string>, body: string): string {
  const encoding = (headers["content-transfer-encoding"] ?? "").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  return body;
}

/** The text/plain and text/html parts of a (possibly multipart) message. */
export function parseMail(raw: string): Pick<ReceivedMail, "subject" | "messageId" | "text" | "html"> {
  const { headers, body } = splitHeaders(raw);
  const result = { subject: headers.subject ?? "", messageId: headers["message-id"] ?? "", text: "", html: "" };
  const walk = (partHeaders: Record<string, string>, partBody: string) => {
    const type = partHeaders["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (type.startsWith("multipart/") && boundary) {
      for (const part of partBody.split(`--${boundary}`).slice(1)) {
        if (part.startsWith("--")) break;
        const inner = splitHeaders(part.replace(/^\r?\n/, ""));
        walk(inner.headers, inner.body);
      }
    } else if (type.startsWith("text/html")) {
      result.html = decodeBody(partHeaders, partBody);
    } else if (type.startsWith("text/plain")) {
      result.text = decodeBody(partHeaders, partBody);
    }
  };
  walk(headers, body);
  return result;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  let server: SMTPServer | null = null;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const instance = new SMTPServer({
        authOptional: true,
        disabledCommands: ["STARTTLS"],
        disableReverseLookup: true,
        logger: false,
        onData(stream, session, callback) {
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            const raw = Buffer.concat(chunks).toString("utf8");
            const parsed = parseMail(raw);
            messages.push({
              ...parsed,
              raw,
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              links: [...parsed.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]),
            });
            callback();
          });
        },
      });
      instance.on("error", () => {});
      instance.server.once("error", reject);
      instance.listen(port, "127.0.0.1", () => {
        const address = instance.server.address();
        port = typeof address === "object" && address ? address.port : port;
        server = instance;
        resolve();
      });
    });

  await listen();
  const sink: SmtpSink = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    async waitFor(match, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const found = messages.find(match);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`No matching mail within ${timeoutMs} ms; received: ${JSON.stringify(messages.map((m) => ({ to: m.to, subject: m.subject })))}`);
    },
    async stop() {
      const current = server;
      server = null;
      if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
    },
    start: listen,
  };
  return sink;
}

/** The `token` query parameter of the first link in a mail that starts with `prefix`. */
export function tokenFromLink(mail: ReceivedMail, prefix: string): { link: string; token: string } {
  const link = mail.links.find((candidate) => candidate.startsWith(prefix));
  if (!link) throw new Error(`No link starting with ${prefix} in: ${mail.text}`);
  return { link, token: new URL(link).searchParams.get("token")! };
}

/** Mail settings for tests: the worker polls often and retries quickly; no resend cooldown unless a test sets one. */
export const FAST_MAIL: Record<string, string> = {
  MAIL_POLL_MS: "50",
  MAIL_RETRY_BASE_MS: "100",
  MAIL_RETRY_MAX_MS: "500",
  MAIL_SEND_TIMEOUT_MS: "3000",
  INVITE_RESEND_COOLDOWN_SECONDS: "0",
};

/** Retries `check` until it stops throwing (bounded), then returns its result. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 45_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
