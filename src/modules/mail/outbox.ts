/**
 * The one way to send mail: `enqueueMail` inside the transaction that causes it, so the change and its
 * message are committed together (or not at all). The worker delivers it later, with retries.
 */
import type { Db } from "../../db/client.ts";
import { insertMail } from "./queries.ts";
import type { MailContent } from "./templates.ts";

export async function enqueueMail(
  tx: Db,
  mail: MailContent & { kind: string; to: string; inviteId?: string; userId?: string },
) {
  return insertMail(tx, {
    kind: mail.kind,
    recipient: mail.to,
    subject: mail.subject,
    textBody: mail.text,
    htmlBody: mail.html,
    inviteId: mail.inviteId ?? null,
    userId: mail.userId ?? null,
  });
}
