/**
 * Where mail goes. With SMTP_URL set: that SMTP server, through nodemailer. Without it: each message is
 * written as an .eml file under DATA_DIR/mail and logged, so someone running Guildhall locally can
 * open it in a mail client.
 */
import { writeFile } from "node:fs/promises";
import { makeDirectory } from "../../lib/directories.ts";
import path from "node:path";
import nodemailer from "nodemailer";
import type { FastifyBaseLogger } from "fastify";
import type { Config } from "../../config.ts";

export type OutgoingMail = { id: string; to: string; subject: string; text: string; html: string };

export type MailTransport = {
  kind: "smtp" | "file";
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
};

export function createMailTransport(config: Config, log: FastifyBaseLogger): MailTransport {
  const message = (mail: OutgoingMail) => ({
    from: config.mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // Stable per outbox row: a receiver can spot the rare duplicate after a crash mid-send.
    messageId: `<${mail.id}@guildhall>`,
  });

  if (config.smtpUrl) {
    const timeout = config.mail.sendTimeoutMs;
    const transporter = nodemailer.createTransport({
      url: config.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    return {
      kind: "smtp",
      async send(mail) {
        await transporter.sendMail(message(mail));
      },
      close: () => transporter.close(),
    };
  }

  const directory = path.resolve(config.dataDir, "mail");
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    kind: "file",
    async send(mail) {
      const info = await transporter.sendMail(message(mail));
      makeDirectory(directory);
      const file = path.join(directory, `${mail.id}.eml`);
      await writeFile(file, info.message as Buffer);
      log.info({ to: mail.to, subject: mail.subject, file }, "mail written to a file (SMTP_URL is not set)");
    },
    close: () => transporter.close(),
  };
}
