/** The REST JSON shapes of this domain, frozen here so a schema change cannot silently change them. */
import type { MailboxMessageRow } from "./tables.ts";
import { isoDateTime } from "../../lib/dates.ts";

export const presentMailboxMessage = (message: MailboxMessageRow) => ({
  id: message.id,
  kind: message.kind,
  title: message.title,
  body: message.body,
  organisationId: message.organisationId,
  inviteId: message.inviteId,
  read: message.readAt !== null,
  readAt: message.readAt ? isoDateTime(message.readAt) : null,
  createdAt: isoDateTime(message.createdAt),
});
