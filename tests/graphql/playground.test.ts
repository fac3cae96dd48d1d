/**
 * The playground: a person with a browser and no internet opens /graphql, signs in through the
 * Headers tab, runs a query and reads their own organisations in the result pane. Runs in Debian's
 * headless Chromium driven by playwright-core (never a downloaded browser).
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, unique } from "../helpers/factories.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && !process.env.CI) {
  console.warn(`playground test skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; CI fails instead of skipping)`);
}

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// In CI a missing browser is a failed test, not a skip: the playground must be checked there.
if (!haveChromium && process.env.CI) {
  it("has Chromium to load the playground in", () => {
    throw new Error(`Chromium is not installed at ${CHROMIUM} (.ci/run installs it with apt-get install -y chromium)`);
  });
}

describe.skipIf(!haveChromium)("the GraphiQL playground", () => {
  let t: TestApp;
  let context: BrowserContext;
  let userDataDir: string;
  /** Every URL the browser asked for, in order. */
  const requested: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    userDataDir = await mkdtemp(path.join(tmpdir(), "guildhall-chromium-"));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: LAUNCH_ARGS,
      viewport: { width: 1400, height: 900 },
    });
    context.on("request", (request) => requested.push(request.url()));
    // Nothing may leave the machine: anything not for 127.0.0.1 is recorded above and refused here.
    await context.route(
      (url) => isRemote(url.href),
      (route) => route.abort("blockedbyclient"),
    );
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
    await t?.close();
  });

  it("is served to browsers at /graphql and /graphiql, without a CDN", async () => {
    for (const route of ["/graphql", "/graphiql"]) {
      const response = await t.rest("GET", route, { headers: { accept: "text/html,application/xhtml+xml,*/*;q=0.8" } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.body).toContain("Guildhall GraphQL");
      expect(response.body).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/i);
    }
  });

  it("runs a query typed into the editor and shows the viewer's organisations", async () => {
    const ann = await createUser(t);
    const handle = unique("playground");
    await createOrganisation(t, ann, { name: "Playground Guild", handle });

    const page = await context.newPage();
    await page.goto(`${t.url}/graphql`, { waitUntil: "load" });
    await expect.poll(() => page.title()).toBe("Guildhall GraphQL");

    // The query editor, then the Headers tab: both are Monaco editors, typed into like a person would.
    await replaceEditorText(page, "operation.graphql", "{ viewer { email organisations { name handle memberCount } } }");
    await page.getByRole("button", { name: /^headers$/i }).click();
    await replaceEditorText(page, "request-headers.json", JSON.stringify({ Authorization: `Bearer ${ann.token}` }));

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url() === `${t.url}/graphql` && r.request().method() === "POST" && r.request().postData()?.includes("organisations") === true),
      page.locator("button.graphiql-execute-button").click(),
    ]);
    expect(response.status()).toBe(200);

    const resultPane = page.locator(editorFor("response.json"));
    await expect.poll(async () => normalise(await resultPane.innerText()), { timeout: 15_000 }).toContain(handle);
    const shown = normalise(await resultPane.innerText());
    expect(shown).toContain(ann.email);
    expect(shown).toContain("Playground Guild");
    expect(shown).not.toContain("errors");

    await page.close();
    const remote = requested.filter(isRemote);
    expect(remote, `requests that left 127.0.0.1: ${remote.join(", ")}`).toEqual([]);
    expect(requested.some((url) => url.startsWith(`${t.url}/graphql`))).toBe(true);
  });
});

/** True for a request that would leave this machine (data:, blob: and the like never do). */
function isRemote(url: string): boolean {
  if (!/^(https?|wss?):/i.test(url)) return false;
  return new URL(url).hostname !== "127.0.0.1";
}

/** Monaco draws text with non-breaking spaces; compare it as plain text. */
function normalise(text: string): string {
  return text.replace(/\u00a0/g, " ");
}

/** GraphiQL's Monaco editors are told apart by their model URI: `…-operation.graphql`, `…-response.json`. */
function editorFor(modelName: string): string {
  return `.monaco-editor[data-uri$="-${modelName}"]`;
}

/** Focuses a Monaco editor, selects everything and types `text` over it. */
async function replaceEditorText(page: Page, modelName: string, text: string) {
  const editor = page.locator(editorFor(modelName));
  await editor.waitFor({ state: "visible" });
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
}
