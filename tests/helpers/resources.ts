/**
 * Factories for servers' story: nodes, enterprise organisations, servers. Nodes are created through the
 * API as a platform admin; tiers change through the API too.
 */
import { sql } from "drizzle-orm";
import type { PortalTier } from "../../src/modules/organisations/tables.ts";
import type { TestApp } from "./app.ts";
import { createUser, unique, type TestUser } from "./factories.ts";

const adminFor = new WeakMap<TestApp, Promise<TestUser>>();

/** One platform admin per test app, made on first use. */
export function platformAdminOf(t: TestApp): Promise<TestUser> {
  if (!adminFor.has(t)) adminFor.set(t, createUser(t, { platformRole: "admin" }));
  return adminFor.get(t)!;
}

export type TestNode = { id: string; name: string; capacity: number; dedicatedOrganisationId: string | null };

/** A shared node with `capacity` (default 100), optionally dedicated to an (enterprise) organisation. */
export async function createNode(t: TestApp, options: { capacity?: number; dedicatedTo?: string; location?: string } = {}): Promise<TestNode> {
  const admin = await platformAdminOf(t);
  const response = await t.rest("POST", "/api/nodes", {
    token: admin.token,
    body: { name: unique("node"), fqdn: `${unique("n")}.nodes.example.com`, location: options.location ?? "Frankfurt", capacity: options.capacity ?? 100 },
  });
  if (response.status !== 201) throw new Error(`createNode failed: ${JSON.stringify(response.body)}`);
  if (!options.dedicatedTo) return response.body;
  const assigned = await t.rest("POST", `/api/nodes/${response.body.id}/assign-org`, {
    token: admin.token,
    body: { organisationId: options.dedicatedTo },
  });
  if (assigned.status !== 200) throw new Error(`assign-org failed: ${JSON.stringify(assigned.body)}`);
  return assigned.body;
}

/** Changes an organisation's portal tier as a platform admin. */
export async function setTier(t: TestApp, organisationId: string, portalTier: PortalTier) {
  const admin = await platformAdminOf(t);
  const response = await t.rest("PUT", `/api/organisations/${organisationId}`, { token: admin.token, body: { portalTier } });
  if (response.status !== 200) throw new Error(`setTier failed: ${JSON.stringify(response.body)}`);
}

/** Creates a server through REST as `user`; returns the response (status and body). */
export function postServer(t: TestApp, user: TestUser, body: { name?: string; organisationId?: string; nodeId?: string }) {
  return t.rest("POST", "/api/servers", { token: user.token, body: { name: body.name ?? unique("srv"), ...body } });
}

/** Empties the node pool (and so every server): for placement stories that need to know every node. */
export async function clearNodesAndServers(t: TestApp) {
  await t.app.deps.db.execute(sql`delete from servers`);
  await t.app.deps.db.execute(sql`delete from nodes`);
}
