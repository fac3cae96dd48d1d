/**
 * GraphiQL, served by Guildhall itself (no CDN). The page is 9 MB of HTML (the editor and its workers
 * inlined): it is rendered and compressed (brotli and gzip) once per process, on the first request for it,
 * in a worker thread that then exits, and served with an ETag: a browser that has it revalidates and gets a
 * 304 without a body. Lazily, because loading @graphql-yoga/render-graphiql (a 9 MB module) and compressing
 * at start cost ~100 MB of RSS for the life of every process, most of which never serve the playground
 * (bench/RESULTS.md, "Start and idle memory"); in the worker, only the three encodings (~14 MB) stay.
 */
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
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

const RENDER_OPTIONS = { title: "Guildhall GraphQL", endpoint: "/graphql", defaultQuery: EXAMPLE_QUERY };

/** A browser asking for a page (GET with text/html first in Accept) gets the playground. */
export function wantsPlayground(accept: string | undefined): boolean {
  return /^\s*text\/html/i.test(accept ?? "");
}

type Encoding = "br" | "gzip" | "identity";
export type PlaygroundPage = Record<Encoding, Buffer> & {
  /** SHA-256 of the page (27 base64url characters), the ETag's stem. */
  etagBase: string;
};

/**
 * The worker's code, plain CommonJS (it runs outside the bundle and the test transform alike). Brotli
 * quality 5 takes about a second here for 9 MB to 2 MB (11 would take half a minute for 10 % less).
 */
const RENDER_WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const zlib = require("node:zlib");
const { renderGraphiQL } = require(workerData.modulePath);
const identity = Buffer.from(renderGraphiQL(workerData.options));
const br = zlib.brotliCompressSync(identity, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length },
});
const gzip = zlib.gzipSync(identity, { level: 6 });
const etagBase = createHash("sha256").update(identity).digest("base64url").slice(0, 27);
parentPort.postMessage({ identity, br, gzip, etagBase });
`;

let page: Promise<PlaygroundPage> | undefined;

/** The page in its three encodings, made once per process (a failure is retried by the next request). */
export function playgroundPage(): Promise<PlaygroundPage> {
  page ??= new Promise<PlaygroundPage>((resolve, reject) => {
    const modulePath = createRequire(import.meta.url).resolve("@graphql-yoga/render-graphiql");
    const worker = new Worker(RENDER_WORKER, { eval: true, workerData: { modulePath, options: RENDER_OPTIONS } });
    // Buffers arrive as Uint8Arrays.
    const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    worker.once("message", (made: Record<Encoding, Uint8Array> & { etagBase: string }) =>
      resolve({ identity: asBuffer(made.identity), br: asBuffer(made.br), gzip: asBuffer(made.gzip), etagBase: made.etagBase }),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the playground worker exited with code ${code} before answering`)));
  }).catch((error: unknown) => {
    page = undefined;
    throw error;
  });
  return page;
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
  const { etagBase, [encoding]: body } = await playgroundPage();
  const etag = `"${etagBase}${encoding === "identity" ? "" : `-${encoding}`}"`;
  // The path may also answer GraphQL GETs (Accept) and the body depends on the encoding.
  reply.header("vary", [reply.getHeader("vary"), "Accept, Accept-Encoding"].filter(Boolean).join(", "));
  reply.header("etag", etag);
  // A new Guildhall is seen at once; an unchanged page costs a 304.
  reply.header("cache-control", "no-cache");
  reply.type("text/html; charset=utf-8");
  if (request.headers["if-none-match"]?.includes(etagBase)) return reply.code(304).send();
  if (encoding !== "identity") reply.header("content-encoding", encoding);
  return reply.send(body);
}
