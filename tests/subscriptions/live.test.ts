/**
 * Subscriptions over graphql-ws, in one process on either database: signing in on the socket, each
 * subscription field, permission checked again for every event (a removed member is ended at once), a
 * rolled-back change announcing nothing, and sessions that end closing the socket with 4401.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions } from "../../src/modules/users/tables.ts";
import { recordActivity } from "../../src/modules/activity/record.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createUser, organisationWithRoles, type TestUser } from "../helpers/factories.ts";
import { connectLive, liveAs, untilSubscribed } from "../helpers/live.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ SUBSCRIPTION_SESSION_CHECK_SECONDS: "1" });
});
afterAll(() => t.close());

const hub = () => t.app.liveUpdates.hub;

const ACTIVITY = `subscription($id: ID!) { activityAdded(organisationId: $id) { id action actor { email } metadata ip } }`;
const ORGANISATION = `subscription($id: ID!) { organisationUpdated(id: $id) { id name memberCount ownerId } }`;
const MEMBERSHIPS = `subscription($id: ID!) {
  membershipChanged(organisationId: $id) { action userId organisation { id memberCount ownerId } memberships { id role user { id } } activity { id } }
}`;
const MAILBOX = `subscription { mailboxMessageAdded { id kind title organisationId read } }`;

// Changes go through REST: what is under test is the subscription, whichever edge made the change.
const rename = (user: TestUser, id: string, name: string) => t.rest("PUT", `/api/organisations/${id}`, { token: user.token, body: { name } });

describe("signing in on the socket", () => {
  it("closes with 4401 without a token, or with one that signs no one in", async () => {
    expect(await connectLive(t.url, null).closed).toMatchObject({ code: 4401 });
    expect(await connectLive(t.url, { authorization: "Bearer not-a-token" }).closed).toMatchObject({ code: 4401 });
  });

  it("accepts the token as authorization, Authorization or token, with or without Bearer", async () => {
    const ann = await createUser(t);
    for (const params of [{ authorization: `Bearer ${ann.token}` }, { Authorization: `Bearer ${ann.token}` }, { token: ann.token }]) {
      const live = connectLive(t.url, params);
      await live.ready;
      live.close();
    }
  });

  it("refuses a page from an origin CORS_ORIGINS does not list, before the upgrade", async () => {
    expect(await connectLive(t.url, null, { origin: "http://elsewhere.example" }).closed).toMatchObject({ code: -403 });
  });

  it("serves only subscriptions: queries and mutations go over HTTP, subscriptions over the socket", async () => {
    const ann = await createUser(t);
    const live = await liveAs(t.url, ann.token);
    const message = await live.subscribe(`{ viewer { email } }`).message();
    expect(message.type).toBe("error");
    live.close();
    const overHttp = await t.gql(`subscription { mailboxMessageAdded { id } }`, {}, ann.token);
    expect(overHttp.errors?.[0]).toMatchObject({ extensions: { code: "BAD_REQUEST" }, message: expect.stringMatching(/WebSocket/) });
  });
});

describe("each subscription field", () => {
  it("activityAdded: an entry recorded through HTTP reaches a member, addresses shown as to them", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const live = await liveAs(t.url, member.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    await rename(owner, organisation.id, "Renamed Guild");
    const { activityAdded } = await operation.data();
    expect(activityAdded).toMatchObject({ action: "organisation.renamed", actor: { email: owner.email }, metadata: { to: "Renamed Guild" }, ip: null });
    live.close();
    await live.closed;
  });

  it("organisationUpdated: the organisation after a rename and after a member joins", async () => {
    const { organisation, owner, admin } = await organisationWithRoles(t);
    const live = await liveAs(t.url, admin.token);
    const operation = live.subscribe(ORGANISATION, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    await rename(owner, organisation.id, "Live Guild");
    expect((await operation.data()).organisationUpdated).toMatchObject({ id: organisation.id, name: "Live Guild", memberCount: 3 });
    const newcomer = await createUser(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: newcomer.user.id } });
    expect((await operation.data()).organisationUpdated).toMatchObject({ name: "Live Guild", memberCount: 4 });
    live.close();
    await live.closed;
  });

  it("membershipChanged: a role change, then a transfer with both owners' memberships", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const live = await liveAs(t.url, member.token);
    const operation = live.subscribe(MEMBERSHIPS, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    const setRole = (userId: string, orgRole: string) =>
      t.rest("POST", `/api/organisations/${organisation.id}/users/${userId}/role`, { token: owner.token, body: { orgRole } });
    await setRole(admin.user.id, "member");
    expect((await operation.data()).membershipChanged).toMatchObject({
      action: "member.role_changed",
      userId: admin.user.id,
      memberships: [{ role: "MEMBER", user: { id: admin.user.id } }],
    });
    await setRole(member.user.id, "owner");
    const transfer = (await operation.data()).membershipChanged;
    expect(transfer).toMatchObject({ action: "organisation.ownership_transferred", userId: member.user.id, organisation: { ownerId: member.user.id } });
    expect(transfer.memberships.map((m: any) => [m.user.id, m.role]).sort()).toEqual([[member.user.id, "OWNER"], [owner.user.id, "ADMIN"]].sort());
    live.close();
    await live.closed;
  });

  it("mailboxMessageAdded: the viewer's own messages, and nobody else's", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const [newcomer, bystander] = [await createUser(t), await createUser(t)];
    const mine = await liveAs(t.url, newcomer.token);
    const theirs = await liveAs(t.url, bystander.token);
    const mailbox = mine.subscribe(MAILBOX);
    const other = theirs.subscribe(MAILBOX);
    await untilSubscribed(hub(), 2);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: newcomer.user.id } });
    expect((await mailbox.data()).mailboxMessageAdded).toMatchObject({ kind: "member.added", organisationId: organisation.id, read: false });
    // The bystander's next message is their own, not the newcomer's.
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: bystander.user.id } });
    expect((await other.data()).mailboxMessageAdded).toMatchObject({ kind: "member.added", organisationId: organisation.id });
    mine.close();
    theirs.close();
    await Promise.all([mine.closed, theirs.closed]);
  });
});

describe("permission for every event", () => {
  it("refuses a non-member with NOT_FOUND, as everywhere", async () => {
    const { organisation, outsider } = await organisationWithRoles(t);
    const live = await liveAs(t.url, outsider.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    const refused = await operation.message();
    expect(refused).toMatchObject({ type: "next", payload: { errors: [{ extensions: { code: "NOT_FOUND" } }] } });
    expect(await operation.message()).toEqual({ id: "1", type: "complete" });
    live.close();
    await live.closed;
  });

  it("ends a removed member's subscriptions at once with NOT_FOUND; the others hear the removal", async () => {
    const { organisation, owner, admin, member } = await organisationWithRoles(t);
    const removed = await liveAs(t.url, member.token);
    const watching = await liveAs(t.url, admin.token);
    const removedActivity = removed.subscribe(ACTIVITY, { id: organisation.id });
    const removedOrganisation = removed.subscribe(ORGANISATION, { id: organisation.id });
    const adminActivity = watching.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(hub(), 3);

    await t.rest("DELETE", `/api/organisations/${organisation.id}/users/${member.user.id}`, { token: owner.token });
    for (const operation of [removedActivity, removedOrganisation]) {
      expect(await operation.message()).toMatchObject({ type: "next", payload: { errors: [{ extensions: { code: "NOT_FOUND" } }] } });
      expect((await operation.message()).type).toBe("complete");
    }
    expect((await adminActivity.data()).activityAdded).toMatchObject({ action: "member.removed" });
    // The removed member's socket stays open for their other subscriptions.
    const mailbox = removed.subscribe(MAILBOX);
    await untilSubscribed(hub(), 2);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: owner.token, body: { userId: member.user.id } });
    expect((await mailbox.data()).mailboxMessageAdded).toMatchObject({ kind: "member.added" });
    removed.close();
    watching.close();
    await Promise.all([removed.closed, watching.closed]);
  });

  it("announces nothing for a change that rolls back", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const live = await liveAs(t.url, member.token);
    const operation = live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    const ctx = { viewer: { user: owner.user, sessionId: "" }, ip: null };
    await expect(
      t.app.deps.db.transaction(async (tx) => {
        await recordActivity(tx, ctx, { organisationId: organisation.id, action: "organisation.renamed", metadata: { to: "Never" } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // Events arrive in commit order: the next one is the committed rename, not the rolled-back one.
    await rename(owner, organisation.id, "Committed");
    expect((await operation.data()).activityAdded).toMatchObject({ action: "organisation.renamed", metadata: { to: "Committed" } });
    live.close();
    await live.closed;
  });

  it("ends a deleted organisation's subscriptions with NOT_FOUND", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const live = await liveAs(t.url, member.token);
    const operation = live.subscribe(ORGANISATION, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    await t.rest("DELETE", `/api/organisations/${organisation.id}`, { token: owner.token });
    expect(await operation.message()).toMatchObject({ type: "next", payload: { errors: [{ extensions: { code: "NOT_FOUND" } }] } });
    live.close();
    await live.closed;
  });
});

describe("sessions that end", () => {
  it("closes the socket with 4401 at the next event after a logout", async () => {
    const { organisation, owner, member } = await organisationWithRoles(t);
    const live = await liveAs(t.url, member.token);
    live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(hub(), 1);
    await t.rest("POST", "/api/auth/logout", { token: member.token });
    await rename(owner, organisation.id, "After logout");
    expect(await live.closed).toMatchObject({ code: 4401 });
  });

  it("closes the socket with 4401 when its session expires, with no event to prompt it", async () => {
    const ann = await createUser(t);
    const live = await liveAs(t.url, ann.token);
    live.subscribe(MAILBOX);
    await t.app.deps.db.update(sessions).set({ expiresAt: new Date() }).where(eq(sessions.userId, ann.user.id));
    // SUBSCRIPTION_SESSION_CHECK_SECONDS is 1 here: the sweep finds it.
    expect(await live.closed).toMatchObject({ code: 4401 });
  });

  it("closes every socket with 1001 when the server shuts down", async () => {
    const other = await startTestApp();
    const ann = await createUser(other);
    const organisation = (await other.rest("POST", "/api/organisations", { token: ann.token, body: { name: "Going", handle: `going-${Date.now()}` } })).body;
    const live = await liveAs(other.url, ann.token);
    live.subscribe(ACTIVITY, { id: organisation.id });
    await untilSubscribed(other.app.liveUpdates.hub, 1);
    await other.close();
    expect(await live.closed).toMatchObject({ code: 1001 });
  });
});
