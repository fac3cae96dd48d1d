/**
 * The Apollo Client example (examples/apollo-client), bundled here with esbuild from its sources and
 * served from a second local origin, driven in Debian's headless Chromium: it signs in across origins,
 * shows an organisation from Apollo's normalised cache, renames it and sees every view update with no
 * refetch, and hears activity and member changes live over the WebSocket. The same page served from an
 * origin CORS_ORIGINS does not list is refused by the browser. Nothing leaves 127.0.0.1.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { addMember, createOrganisation, createUser, type TestUser } from "../helpers/factories.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const EXAMPLE = path.resolve(import.meta.dirname, "../../examples/apollo-client");
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// In CI a missing browser is a failed test, not a skip (as for the playground).
if (!haveChromium && process.env.CI) {
  it("has Chromium to run the Apollo Client example in", () => {
    throw new Error(`Chromium is not installed at ${CHROMIUM} (.ci/run installs it with apt-get install -y chromium)`);
  });
}

/** Serves the example's page and its bundle on 127.0.0.1, on a port of its own: an origin of its own. */
async function servePage(files: Record<string, Buffer>): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://page").pathname;
    const file = files[name === "/" ? "/index.html" : name];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": name.endsWith(".js") ? "text/javascript" : "text/html; charset=utf-8" }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { origin: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`, server };
}

describe.skipIf(!haveChromium)("the Apollo Client example, from another origin", () => {
  let t: TestApp;
  let allowed: { origin: string; server: Server };
  let refused: { origin: string; server: Server };
  let context: BrowserContext;
  let userDataDir: string;
  const requested: string[] = [];

  beforeAll(async () => {
    const bundle = await build({
      entryPoints: [path.join(EXAMPLE, "src/main.ts")],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
    });
    const files = { "/index.html": await readFile(path.join(EXAMPLE, "index.html")), "/dist/main.js": Buffer.from(bundle.outputFiles[0]!.contents) };
    allowed = await servePage(files);
    refused = await servePage(files);
    t = await startTestApp({ CORS_ORIGINS: allowed.origin });
    userDataDir = await mkdtemp(path.join(tmpdir(), "guildhall-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
    context.on("request", (request) => requested.push(request.url()));
    await context.route((url) => isRemote(url.href), (route) => route.abort("blockedbyclient"));
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    await t?.close();
    for (const page of [allowed, refused]) page?.server.close();
  });

  async function signIn(page: Page, origin: string, user: TestUser) {
    await page.goto(`${origin}/?api=${encodeURIComponent(t.url)}`);
    await page.fill("#email", user.email);
    await page.fill("#password", user.password);
    await page.click("#sign-in button");
  }

  it("signs in, shows an organisation, renames it through the cache, and follows it live", async () => {
    const ann = await createUser(t);
    const bob = await createUser(t);
    const organisation = await createOrganisation(t, ann, { name: "Example Guild" });
    await addMember(t, organisation.id, bob);

    const page = await context.newPage();
    const pageQueries: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url() === `${t.url}/graphql`) pageQueries.push(JSON.parse(request.postData() ?? "{}").operationName);
    });
    await signIn(page, allowed.origin, ann);
    await expect.poll(() => page.textContent("#status")).toBe(`Signed in as ${ann.email}`);
    await page.click(`button[data-id="${organisation.id}"]`);
    await expect.poll(() => page.textContent("#organisation-name")).toBe("Example Guild");
    expect(await page.locator("#members li").count()).toBe(2);
    expect(await page.textContent("#member-count")).toBe("2");

    // Renamed through the page: the mutation's answer updates the cached organisation, and the heading with it.
    await page.fill("#new-name", "Renamed Through Apollo");
    await page.click("#rename button");
    await expect.poll(() => page.textContent("#organisation-name")).toBe("Renamed Through Apollo");
    // The same rename arrives over the WebSocket as activity.
    await page.locator('#activity li[data-action="organisation.renamed"]').waitFor();

    // A change made elsewhere (REST, another person): the member count and the feed follow, live.
    const carol = await createUser(t);
    await t.rest("POST", `/api/organisations/${organisation.id}/add-user`, { token: ann.token, body: { userId: carol.user.id } });
    await page.locator('#activity li[data-action="member.added"]').waitFor();
    await expect.poll(() => page.textContent("#member-count")).toBe("3");

    // The organisation page was loaded once: everything after it came from the cache and the socket.
    expect(pageQueries.filter((name) => name === "OrganisationPage")).toEqual(["OrganisationPage"]);
    await page.close();
  });

  it("is refused by the browser on an origin CORS_ORIGINS does not list", async () => {
    const ann = await createUser(t);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    await signIn(page, refused.origin, ann);
    await expect.poll(() => page.textContent("#status")).toMatch(/^Could not reach Guildhall/);
    expect(errors.join("\n")).toMatch(/CORS/);
    await page.close();
  });

  it("asked for nothing beyond this machine", () => {
    const remote = requested.filter(isRemote);
    expect(remote, `requests that left 127.0.0.1: ${remote.join(", ")}`).toEqual([]);
    expect(requested.some((url) => url.startsWith(`${t.url.replace(/^http/, "ws")}/graphql`) || url.startsWith(`${t.url}/graphql`))).toBe(true);
  });
});

/** True for a request that would leave this machine. */
function isRemote(url: string): boolean {
  if (!/^(https?|wss?):/i.test(url)) return false;
  return new URL(url).hostname !== "127.0.0.1";
}
