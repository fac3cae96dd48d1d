/**
 * GraphiQL, served by Guildhall itself (no CDN), rendered once. The page is 9 MB of HTML (the editor and
 * its workers inlined), so it is compressed once per process (brotli and gzip, on libuv's thread pool) and
 * served with an ETag: a browser that has it revalidates and gets a 304 without a body.
 */
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import type { FastifyReply, FastifyRequest } from "fastify";

const EXAMPLE_QUERY = `# Sign in with the login mutation, then put the token in the Headers tab:
#   { "Authorization": "Bearer <token>" }
query MyOrganisations {
  viewer {
    email
    organisations {
      id
      name
      handle
      portalTier
      viewerRole
      memberCount
    }
  }
  portalTiers { tier displayName maxServers }
}
`;

export const playgroundHtml = renderGraphiQL({
  title: "Guildhall GraphQL",
  endpoint: "/graphql",
  defaultQuery: EXAMPLE_QUERY,
});

/** A browser asking for a page (GET with text/html first in Accept) gets the playground. */
export function wantsPlayground(accept: string | undefined): boolean {
  return /^\s*text\/html/i.test(accept ?? "");
}

type Encoding = "br" | "gzip" | "identity";
type CompressedPage = Record<Encoding, Buffer>;

const html = Buffer.from(playgroundHtml);
const etagBase = createHash("sha256").update(html).digest("base64url").slice(0, 27);
let compressed: Promise<CompressedPage> | undefined;

/**
 * Compresses the page, once per process; `npm start` calls it at start so no browser waits for it. Brotli
 * quality 5 takes about a second here for 9 MB to 2 MB (11 would take half a minute for 10 % less).
 */
export function compressPlayground(): Promise<CompressedPage> {
  compressed ??= Promise.all([
    promisify(brotliCompress)(html, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: html.length } }),
    promisify(gzip)(html, { level: 6 }),
  ]).then(([br, gzipped]) => ({ br, gzip: gzipped, identity: html }));
  return compressed;
}

/** The best encoding the client accepts (q=0 refuses one). */
function negotiate(acceptEncoding: string | undefined): Encoding {
  const accepted = new Set(
    (acceptEncoding ?? "")
      .split(",")
      .map((part) => part.trim().toLowerCase().split(";"))
      .filter(([, q]) => !/^\s*q=0(\.0*)?\s*$/.test(q ?? ""))
      .map(([name]) => name!),
  );
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip") || accepted.has("*")) return "gzip";
  return "identity";
}

/** Serves the playground: compressed as the client accepts, with an ETag per encoding, revalidated on every use. */
export async function sendPlayground(request: FastifyRequest, reply: FastifyReply) {
  const encoding = negotiate(request.headers["accept-encoding"]);
  const etag = `"${etagBase}${encoding === "identity" ? "" : `-${encoding}`}"`;
  // The path may also answer GraphQL GETs (Accept) and the body depends on the encoding.
  reply.header("vary", [reply.getHeader("vary"), "Accept, Accept-Encoding"].filter(Boolean).join(", "));
  reply.header("etag", etag);
  // A new Guildhall is seen at once; an unchanged page costs a 304.
  reply.header("cache-control", "no-cache");
  reply.type("text/html; charset=utf-8");
  if (request.headers["if-none-match"]?.includes(etagBase)) return reply.code(304).send();
  const body = (await compressPlayground())[encoding];
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return reply.send(body);
}
