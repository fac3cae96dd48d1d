/**
 * Two Guildhall apps on one PostgreSQL database, each with its own connections and its own LISTEN: a
 * subscriber on one hears a change made through the other (fan-out through NOTIFY, nothing shared in
 * memory), is ended when removed through the other, and hears nothing of a change that rolled back there.
 * PGlite is one process's database: the same scenarios run in one process in live.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { recordActivity } from "../../src/modules/activity/record.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { adminUrl } from "../helpers/databases.ts";
import { organisationWithRoles } from "../helpers/factories.ts";
import { liveAs, untilSubscribed } from "../helpers/live.ts";

describe.skipIf(!adminUrl)("subscriptions across two processes on one PostgreSQL", () => {
  let first: TestApp;
  let second: App;
  let secondUrl: string;

  beforeAll(async () => {
    first = await startTestApp();
    // Opens its own pool and LISTEN connection on the first app's database, as another process would.
    second = await buildApp(loadConfig({ LOG_LEVEL: "silent", DATABASE_URL: first.databaseUrl, DATA_DIR: ".tmp", PUBLIC_URL: "http://guildhall.test" }));
    await second.server.listen({ port: 0, host: "127.0.0.1" });
    const address = second.server.server.address();
    secondUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const ACTIVITY = `subscription($id: ID!) { activityAdded(organisationId: $id) { action metadata } }`;

  it("delivers a change made through one process to a subscriber on the other", async () => {
    const { organisation, owner, member } = await organisationWithRoles(first);
    const live = await liveAs(secondUrl, member.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(second.liveUpdates.hub, 1);
    await first.rest("PUT", `/api/organisations/${organisation.id}`, { token: owner.token, body: { name: "Across" } });
    expect((await operation.data()).activityAdded).toMatchObject({ action: "organisation.renamed", metadata: { to: "Across" } });
    live.close();
    await live.closed;
  });

  it("ends the subscription of a member removed through the other process", async () => {
    const { organisation, owner, member } = await organisationWithRoles(first);
    const live = await liveAs(secondUrl, member.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(second.liveUpdates.hub, 1);
    await first.rest("DELETE", `/api/organisations/${organisation.id}/users/${member.user.id}`, { token: owner.token });
    expect(await operation.message()).toMatchObject({ type: "next", payload: { errors: [{ extensions: { code: "NOT_FOUND" } }] } });
    expect((await operation.message()).type).toBe("complete");
    live.close();
    await live.closed;
  });

  it("announces nothing of a change rolled back in the other process", async () => {
    const { organisation, owner, member } = await organisationWithRoles(first);
    const live = await liveAs(secondUrl, member.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(second.liveUpdates.hub, 1);
    await expect(
      first.app.deps.db.transaction(async (tx) => {
        await recordActivity(tx, { viewer: { user: owner.user, sessionId: "" }, ip: null }, { organisationId: organisation.id, action: "organisation.renamed", metadata: { to: "Never" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await first.rest("PUT", `/api/organisations/${organisation.id}`, { token: owner.token, body: { name: "Committed" } });
    // Notifications arrive in commit order: the first one heard is the committed rename.
    expect((await operation.data()).activityAdded).toMatchObject({ metadata: { to: "Committed" } });
    live.close();
    await live.closed;
  });
});
