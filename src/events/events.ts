/**
 * What Guildhall announces when something changes, and the one way to announce it: `publish(tx, event)`
 * inside the transaction of the change. PostgreSQL (and PGlite, within its one instance) deliver a NOTIFY
 * only when that transaction commits, to every session listening, so a rolled-back change announces
 * nothing and every Guildhall process on the database hears every committed one. Events carry ids only
 * (a NOTIFY payload is capped at 8000 bytes, and what a subscriber may see is decided when it loads it).
 */
import type { Db } from "../db/client.ts";
import { notify } from "./queries.ts";

export const EVENTS_CHANNEL = "guildhall_events";

export type GuildhallEvent =
  /** An activity entry was recorded. Every change to an organisation records one, in its transaction. */
  | { kind: "activity"; organisationId: string; activityId: string; action: string }
  /** A message was left in a user's mailbox. */
  | { kind: "mailbox"; userId: string; messageId: string }
  /** An organisation was deleted, and its activity log with it. */
  | { kind: "organisation.deleted"; organisationId: string };

/**
 * organisationUpdated and membershipChanged are derived from activity actions here, in one place, rather
 * than published beside each change: every change already records activity in its own transaction, so none
 * can be forgotten, and one NOTIFY per change serves all three subscriptions.
 */
export const ORGANISATION_FIELD_ACTIONS: ReadonlySet<string> = new Set([
  // Its own fields: name, tier, avatar, owner, enabled features.
  "organisation.renamed",
  "organisation.tier_changed",
  "organisation.avatar_changed",
  "organisation.avatar_removed",
  "organisation.ownership_transferred",
  "feature_flag.changed",
  // Its member count.
  "member.added",
  "member.left",
  "member.removed",
  "invite.accepted",
]);

/** Actions that start, end or change a membership (a transfer changes two: the new owner's and the old one's). */
export const MEMBERSHIP_ACTIONS: ReadonlySet<string> = new Set([
  "member.added",
  "invite.accepted",
  "member.role_changed",
  "organisation.ownership_transferred",
  "member.left",
  "member.removed",
]);

export const organisationTopic = (organisationId: string) => `organisation:${organisationId}`;
export const userTopic = (userId: string) => `user:${userId}`;

/** Which subscribers hear an event: those of its organisation, or the mailbox's owner. */
export const topicOf = (event: GuildhallEvent): string =>
  event.kind === "mailbox" ? userTopic(event.userId) : organisationTopic(event.organisationId);

/** Announces `event` when (and only if) the transaction `tx` commits. */
export async function publish(tx: Db, event: GuildhallEvent): Promise<void> {
  await notify(tx, EVENTS_CHANNEL, JSON.stringify(event));
}

const KINDS = new Set(["activity", "mailbox", "organisation.deleted"]);

/** A NOTIFY payload as an event; null for anything else on the channel (a newer process's kind, say). */
export function parseEvent(payload: string): GuildhallEvent | null {
  try {
    const event = JSON.parse(payload) as GuildhallEvent;
    return event && typeof event === "object" && KINDS.has(event.kind) ? event : null;
  } catch {
    return null;
  }
}
