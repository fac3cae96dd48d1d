/**
 * The 9 MB playground page goes out compressed (brotli or gzip, as the browser accepts), with an ETag per
 * encoding and `Cache-Control: no-cache`, so a browser that has it revalidates for a 304 with no body.
 */
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { playgroundPage } from "../../src/graphql/playground.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";

let t: TestApp;
let playgroundHtml: string;
beforeAll(async () => {
  t = await startTestApp();
  playgroundHtml = (await playgroundPage()).identity.toString();
});
afterAll(() => t.close());

/** A raw GET (fetch would decompress by itself and hide the encoding). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${t.url}${path}`, { headers: { accept: "text/html", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the playground page", () => {
  it.each([
    ["br, gzip", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
  ] as const)("with Accept-Encoding %s: %s, under a third of the size", async (accept, encoding, decompress) => {
    for (const path of ["/graphql", "/graphiql"]) {
      const response = await get(path, { "accept-encoding": accept });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe(encoding);
      expect(response.body.length).toBeLessThan(Buffer.byteLength(playgroundHtml) / 3);
      expect(decompress(response.body).toString()).toBe(playgroundHtml);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers.etag).toMatch(new RegExp(`^"[\\w-]+-${encoding}"$`));
    }
  });

  it("uncompressed for a client that accepts no encoding", async () => {
    const response = await get("/graphiql", {});
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString()).toBe(playgroundHtml);
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
  });

  it("answers a revalidation with the ETag by 304 and no body", async () => {
    const first = await get("/graphql", { "accept-encoding": "br" });
    const again = await get("/graphql", { "accept-encoding": "br", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
  });
});
