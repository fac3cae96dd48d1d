/**
 * The fan-out bench's server: Guildhall in a process of its own (so its memory is its own), plus what the
 * bench asks of it over IPC: seed subscribers, report memory after a GC and how many subscriptions it
 * serves, and make one change, answering with the moment its transaction was about to commit.
 */
import { randomBytes } from "node:crypto";
import { buildApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { hashPassword, hashToken, newSecretToken } from "../src/lib/secrets.ts";
import { recordActivity } from "../src/modules/activity/record.ts";
import { insertMembership } from "../src/modules/members/queries.ts";
import { insertOrganisation } from "../src/modules/organisations/queries.ts";
import { insertSession, insertUser } from "../src/modules/users/queries.ts";

const app = await buildApp(
  loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "", DATA_DIR: process.env.BENCH_DATA_DIR!, PORT: "0", MAIL_POLL_MS: "60000" }),
);
await app.server.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.server.address();
const db = app.deps.db;
let owner: Awaited<ReturnType<typeof insertUser>>;
let organisationId = "";

/** A member with a live session, written straight to the database (registering hashes a password each time). */
async function member(passwordHash: string, role: "owner" | "member") {
  const user = await insertUser(db, { email: `fan-${randomBytes(6).toString("hex")}@example.com`, passwordHash });
  const token = newSecretToken();
  await insertSession(db, { userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) });
  if (role === "member") await insertMembership(db, { organisationId, userId: user.id, role });
  return { user, token };
}

type Request = { type: "seed"; count: number } | { type: "memory" } | { type: "subscriptions" } | { type: "statements" } | { type: "change"; round: number };

process.on("message", async (request: Request) => {
  if (request.type === "seed") {
    const passwordHash = await hashPassword("correct horse battery staple");
    owner = (await member(passwordHash, "owner")).user;
    // The owner's membership in the same transaction: the organisation's owner must be a member at commit.
    organisationId = await db.transaction(async (tx) => {
      const organisation = await insertOrganisation(tx, { name: "Fan-out", handle: `fan-out-${Date.now().toString(36)}`, ownerId: owner.id });
      await insertMembership(tx, { organisationId: organisation.id, userId: owner.id, role: "owner" });
      return organisation.id;
    });
    const tokens: string[] = [];
    for (let i = 0; i < request.count; i++) tokens.push((await member(passwordHash, "member")).token);
    process.send!({ organisationId, tokens });
  } else if (request.type === "memory") {
    (globalThis as { gc?: () => void }).gc?.();
    process.send!(process.memoryUsage());
  } else if (request.type === "subscriptions") {
    process.send!({ subscriptions: app.liveUpdates.hub.subscriptionCount, connections: app.liveUpdates.connectionCount() });
  } else if (request.type === "statements") {
    process.send!({ statements: app.database.statementCount() });
  } else if (request.type === "change") {
    const committing = await db.transaction(async (tx) => {
      await recordActivity(tx, { viewer: { user: owner, sessionId: "" }, ip: null }, { organisationId, action: "bench.tick", metadata: { round: request.round } });
      // COMMIT is sent as this callback returns: the moment the change is announced from.
      return performance.timeOrigin + performance.now();
    });
    process.send!({ committing });
  }
});
process.send!({ port: typeof address === "object" && address ? address.port : 0 });
process.on("disconnect", () => void app.close().then(() => process.exit(0)));
