/**
 * The bench's dataset, written straight to the database in bulk (no services, no password hashing):
 * thousands of users, hundreds of organisations with a skewed number of members, tens of thousands of
 * activity entries with actors and metadata, and a session for one viewer of each benchmarked
 * organisation. Deterministic: the same seed gives the same shape on PGlite and PostgreSQL.
 */
import { v7 as uuidv7 } from "uuid";
import type { Db } from "../src/db/client.ts";
import { activityEntries } from "../src/modules/activity/tables.ts";
import { organisationMembers } from "../src/modules/members/tables.ts";
import { organisations, type OrgRole } from "../src/modules/organisations/tables.ts";
import { sessions, users } from "../src/modules/users/tables.ts";
import { hashToken, newSecretToken } from "../src/lib/secrets.ts";

export const DATASET = { users: 3_000, organisations: 300, activity: 30_000, targets: 100 };

/** An organisation the load generator asks for, and the bearer token of a member who may read it. */
export type Target = { organisationId: string; token: string; viewerRole: OrgRole };

export type Seeded = { targets: Target[]; counts: { users: number; organisations: number; memberships: number; activity: number } };

/** mulberry32: small, fast, deterministic. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1_000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const ACTIONS = [
  ["server.started", "server"],
  ["server.stopped", "server"],
  ["server.created", "server"],
  ["member.joined", "user"],
  ["member.role_changed", "user"],
  ["invite.sent", "invite"],
  ["dns.record_created", "dns_record"],
  ["organisation.renamed", "organisation"],
] as const;

export async function seed(db: Db): Promise<Seeded> {
  const rand = random(20261128);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const start = Date.now() - 90 * 86_400_000;

  const userRows = Array.from({ length: DATASET.users }, (_, i) => ({
    id: uuidv7({ msecs: start + i }),
    email: `player${i}@bench.example`,
    passwordHash: "bench-no-login",
    firstName: pick(["Ann", "Bo", "Cai", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo"]),
    lastName: pick(["Smith", "Okafor", "Nguyen", "Larsen", "Costa", "Ito", "Meyer"]),
  }));
  await insertChunked(userRows, (chunk) => db.insert(users).values(chunk));

  // Owners are distinct users; members are drawn from everyone. Most guilds are small, a few are big.
  const organisationRows = Array.from({ length: DATASET.organisations }, (_, i) => ({
    id: uuidv7({ msecs: start + 10_000 + i }),
    name: `Guild ${i}`,
    handle: `guild-${i}`,
    ownerId: userRows[i]!.id,
    portalTier: pick(["free", "free", "free", "paid", "educational", "enterprise"] as const),
  }));
  const membersOf = new Map<string, { userId: string; role: OrgRole }[]>();
  const membershipRows: (typeof organisationMembers.$inferInsert)[] = [];
  for (const organisation of organisationRows) {
    const roll = rand();
    const size = roll < 0.7 ? between(5, 20) : roll < 0.95 ? between(21, 50) : between(51, 120);
    const chosen = new Set<number>([organisationRows.indexOf(organisation)]);
    while (chosen.size < size) chosen.add(Math.floor(rand() * userRows.length));
    const members = [...chosen].map((index, position) => ({
      userId: userRows[index]!.id,
      role: (position === 0 ? "owner" : rand() < 0.15 ? "admin" : "member") as OrgRole,
    }));
    membersOf.set(organisation.id, members);
    for (const member of members) {
      membershipRows.push({ id: uuidv7(), organisationId: organisation.id, ...member });
    }
  }
  // organisations.owner_id points at the owner's membership (deferred): both go in one transaction.
  await db.transaction(async (tx) => {
    await insertChunked(organisationRows, (chunk) => tx.insert(organisations).values(chunk));
    await insertChunked(membershipRows, (chunk) => tx.insert(organisationMembers).values(chunk));
  });

  // Activity over the last 90 days, in time order so UUIDv7 ids ascend with created_at.
  const span = Date.now() - start - 60_000;
  const times = Array.from({ length: DATASET.activity }, () => start + 60_000 + Math.floor(rand() * span)).sort((a, b) => a - b);
  const activityRows = times.map((msecs) => {
    const organisation = pick(organisationRows);
    const actor = rand() < 0.03 ? null : pick(membersOf.get(organisation.id)!).userId;
    const [action, targetType] = pick(ACTIONS);
    return {
      id: uuidv7({ msecs }),
      organisationId: organisation.id,
      actorId: actor,
      action,
      targetType,
      targetId: uuidv7({ msecs }),
      metadata: action === "organisation.renamed" ? { from: organisation.name, to: `${organisation.name}!` } : { source: "panel" },
      ip: `10.${between(0, 255)}.${between(0, 255)}.${between(1, 254)}`,
      createdAt: new Date(msecs),
    };
  });
  await insertChunked(activityRows, (chunk) => db.insert(activityEntries).values(chunk));

  // One viewer per benchmarked organisation: the owner for half, an ordinary member for the other half.
  const targets: Target[] = [];
  const sessionRows: (typeof sessions.$inferInsert)[] = [];
  for (const [i, organisation] of organisationRows.slice(0, DATASET.targets).entries()) {
    const members = membersOf.get(organisation.id)!;
    const viewer = i % 2 === 0 ? members[0]! : members.find((member) => member.role === "member") ?? members[1]!;
    const token = newSecretToken();
    sessionRows.push({ userId: viewer.userId, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
    targets.push({ organisationId: organisation.id, token, viewerRole: viewer.role });
  }
  await db.insert(sessions).values(sessionRows.map((row) => ({ id: uuidv7(), ...row })));

  return {
    targets,
    counts: {
      users: userRows.length,
      organisations: organisationRows.length,
      memberships: membershipRows.length,
      activity: activityRows.length,
    },
  };
}
