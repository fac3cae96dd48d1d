/**
 * The floor: the organisation page written by hand, the least a server can do for it. A bare node:http
 * handler, three SQL statements (session + membership + organisation + owner, then members + users and activity
 * + actors together) and JSON.stringify. No framework, no GraphQL, no ORM. It answers the same question as the
 * GraphQL page query, with the same data, so the gap between the two is what the stack costs.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hashToken } from "../src/lib/secrets.ts";

/** Runs one parameterised statement; postgres.js and PGlite each provide one. */
export type Query = (text: string, params: unknown[]) => Promise<Record<string, any>[]>;

// The session, the viewer's membership and the organisation with its owner and member count in one statement,
// as Guildhall's known queries now read them: the floor serves about a seventh more pages this way than with the
// organisation in a statement of its own beside the two pages (bench/RESULTS.md, "seventh round").
const VIEWER_AND_ORGANISATION = `
  select u.platform_role as "platformRole", m.role,
         o.id, o.name, o.handle, o.portal_tier as "portalTier", o.avatar_file_name as "avatarFileName", o.created_at as "createdAt",
         ow.id as "ownerId", ow.email as "ownerEmail", ow.first_name as "ownerFirstName", ow.last_name as "ownerLastName",
         (select count(*)::int from organisation_members c where c.organisation_id = o.id) as "memberCount"
  from sessions s
  join users u on u.id = s.user_id
  left join organisations o on o.id = $2
  left join users ow on ow.id = o.owner_id
  left join organisation_members m on m.organisation_id = o.id and m.user_id = u.id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()`;

// The page first, then each member's user looked up by key (a LATERAL subquery with a LIMIT, which PostgreSQL
// never merges into the join): joined plainly, before the limit or after it, the generic plan PostgreSQL settles
// on for a prepared statement hashed the whole users table for every page (EXPLAIN with plan_cache_mode =
// force_generic_plan: a sequential scan of 3,000 users, 0.34 ms, against 0.1 ms).
const MEMBERS = `
  select m.id, m.role, m.joined_at as "joinedAt", u.id as "userId", u.email, u.first_name as "firstName", u.last_name as "lastName"
  from (select id, role, joined_at, user_id from organisation_members where organisation_id = $1 order by id limit 51) m
  cross join lateral (select id, email, first_name, last_name from users where users.id = m.user_id limit 1) u
  order by m.id`;

const ACTIVITY = `
  select a.id, a.action, a.target_type as "targetType", a.target_id as "targetId", a.metadata, a.ip,
         a.created_at as "createdAt", a.actor_id as "actorId", u.email as "actorEmail"
  from activity_entries a left join users u on u.id = a.actor_id
  where a.organisation_id = $1
  order by a.id desc
  limit 21`;

const PATH = /^\/organisations\/([0-9a-f-]{36})$/;

export type Floor = { url: string; statements(): number; requests(): number; close(): Promise<void> };

/** `avatarBase`: where stored avatars are served (Guildhall's public URL + /avatars), for the avatar URL. */
export async function startFloor(query: Query, avatarBase: string): Promise<Floor> {
  let statements = 0;
  let requests = 0;
  const run: Query = (text, params) => (statements++, query(text, params));

  const server: Server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      requests++;
      const json = JSON.stringify(body);
      response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
      response.end(json);
    };
    try {
      const id = PATH.exec(request.url ?? "")?.[1];
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
      if (!id) return send(404, { error: "Not found" });
      if (!token) return send(401, { error: "Sign in" });
      const [viewer] = await run(VIEWER_AND_ORGANISATION, [hashToken(token), id]);
      if (!viewer) return send(401, { error: "Sign in" });
      if (!viewer.role && viewer.platformRole !== "admin") return send(404, { error: "Not found" });
      const organisation = viewer;
      if (!organisation.id) return send(404, { error: "Not found" });
      const [members, activity] = await Promise.all([run(MEMBERS, [id]), run(ACTIVITY, [id])]);
      const showAddress = viewer.platformRole === "admin" || viewer.role === "owner" || viewer.role === "admin";
      send(200, {
        data: {
          organisation: {
            id: organisation.id,
            name: organisation.name,
            handle: organisation.handle,
            portalTier: organisation.portalTier,
            avatarUrl: organisation.avatarFileName ? `${avatarBase}/${organisation.avatarFileName}` : null,
            createdAt: organisation.createdAt,
            viewerRole: viewer.role ?? null,
            memberCount: organisation.memberCount,
            owner: {
              id: organisation.ownerId,
              email: organisation.ownerEmail,
              firstName: organisation.ownerFirstName,
              lastName: organisation.ownerLastName,
            },
            members: {
              pageInfo: { hasNextPage: members.length > 50 },
              nodes: members.slice(0, 50).map((m) => ({
                id: m.id,
                role: m.role,
                joinedAt: m.joinedAt,
                user: { id: m.userId, email: m.email, firstName: m.firstName, lastName: m.lastName },
              })),
            },
            activity: {
              pageInfo: { hasNextPage: activity.length > 20 },
              nodes: activity.slice(0, 20).map((a) => ({
                id: a.id,
                action: a.action,
                targetType: a.targetType,
                targetId: a.targetId,
                metadata: a.metadata,
                ip: showAddress ? a.ip : null,
                createdAt: a.createdAt,
                actor: a.actorId ? { id: a.actorId, email: a.actorEmail } : null,
              })),
            },
          },
        },
      });
    } catch (error) {
      send(500, { error: String(error) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    statements: () => statements,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}
