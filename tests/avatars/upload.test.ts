/**
 * Organisation avatars end to end: uploads through REST (multipart and raw body) and GraphQL (the
 * multipart request spec), the bytes judged and processed, stored once by content and served with caching.
 */
import sharp from "sharp";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { avatars } from "../../src/modules/avatars/tables.ts";
import { startTestApp, type TestApp } from "../helpers/app.ts";
import { createOrganisation, createUser, organisationWithRoles } from "../helpers/factories.ts";
import {
  gifFixture,
  GREEN,
  imageFixture,
  jpegWithPrivateMetadata,
  paddedJpeg,
  pngBomb,
  RED,
  svgFixture,
  textFixture,
  truncatedFixture,
  webpFixture,
} from "../helpers/images.ts";

const MAX_BYTES = 256 * 1024;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ AVATAR_MAX_BYTES: String(MAX_BYTES) });
});
afterAll(() => t.close());

/** POST /api/organisations/:id/avatar as multipart, the file in the field `file`. */
async function uploadRest(organisationId: string, bytes: Buffer, token?: string, fileName = "avatar.png") {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), fileName);
  const response = await fetch(`${t.url}/api/organisations/${organisationId}/avatar`, {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

const SET_AVATAR = `mutation($input: SetOrganisationAvatarInput!) {
  setOrganisationAvatar(input: $input) { organisation { id avatarUrl } userErrors { code field } }
}`;

/** The mutation as a GraphQL multipart request. */
async function uploadGraphql(organisationId: string, bytes: Buffer, token: string, headers: Record<string, string> = { "apollo-require-preflight": "true" }) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: SET_AVATAR, variables: { input: { organisationId, file: null } } }));
  form.append("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.append("0", new Blob([new Uint8Array(bytes)]), "avatar.jpg");
  const response = await fetch(`${t.url}/graphql`, { method: "POST", headers: { authorization: `Bearer ${token}`, ...headers }, body: form });
  return { status: response.status, body: (await response.json()) as any };
}

/** Fetches a served avatar by the path of its absolute URL (PUBLIC_URL is http://guildhall.test in tests). */
const fetchAvatar = (url: string, headers: Record<string, string> = {}) => fetch(`${t.url}${new URL(url).pathname}`, { headers });
const storedAvatars = async () => (await t.app.deps.db.select({ total: count() }).from(avatars))[0]!.total;

describe("uploading an avatar", () => {
  it("through REST gives an absolute URL that serves the image as 256 × 256 with no metadata, cached for good", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const upload = await uploadRest(organisation.id, await jpegWithPrivateMetadata(), owner.token);
    expect(upload.status).toBe(200);
    expect(upload.body).toMatchObject({ id: organisation.id, orgRole: "owner" });
    expect(upload.body.avatarUrl).toMatch(/^http:\/\/guildhall\.test\/avatars\/[0-9a-f]{64}\.jpg$/);

    const served = await fetchAvatar(upload.body.avatarUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/jpeg");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    const etag = served.headers.get("etag")!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const metadata = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
    expect(metadata).toMatchObject({ format: "jpeg", width: 256, height: 256 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();

    const again = await fetchAvatar(upload.body.avatarUrl, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect((await fetch(`${t.url}/avatars/${"0".repeat(64)}.png`)).status).toBe(404);
    expect((await fetch(`${t.url}/avatars/not-a-hash.png`)).status).toBe(404);

    const detail = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: owner.token });
    expect(detail.body.avatarUrl).toBe(upload.body.avatarUrl);
    const viewer = await t.gql(`query($id: ID!) { organisation(id: $id) { avatarUrl } }`, { id: organisation.id }, owner.token);
    expect(viewer.data.organisation.avatarUrl).toBe(upload.body.avatarUrl);
  });

  it("through GraphQL's multipart request, which Apollo's CSRF protection wants a preflight header for", async () => {
    const { organisation, admin } = await organisationWithRoles(t);
    const refused = await uploadGraphql(organisation.id, await imageFixture("png", "small"), admin.token, {});
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/CSRF|preflight/i);

    const png = await uploadGraphql(organisation.id, await imageFixture("png", "large"), admin.token);
    expect(png.body.data.setOrganisationAvatar.userErrors).toEqual([]);
    const url = png.body.data.setOrganisationAvatar.organisation.avatarUrl as string;
    expect(url).toMatch(/\.png$/);
    const served = await fetchAvatar(url);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({ format: "png", width: 256, height: 256 });
  });

  it("accepts the raw image as the body, for legacy scripts", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const response = await fetch(`${t.url}/api/organisations/${organisation.id}/avatar`, {
      method: "POST",
      headers: { authorization: `Bearer ${owner.token}`, "content-type": "image/jpeg" },
      body: new Uint8Array(await imageFixture("jpeg", "wide")),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { avatarUrl: string }).avatarUrl).toMatch(/\.jpg$/);
  });

  it("judges the type from the bytes and refuses what is not a sound PNG or JPEG, changing nothing", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const cases: [string, Buffer, number, string][] = [
      ["GIF", await gifFixture(), 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["WebP", await webpFixture(), 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["SVG", svgFixture(), 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["text named .png", textFixture(), 415, "UNSUPPORTED_MEDIA_TYPE"],
      ["truncated PNG", await truncatedFixture("png"), 400, "INVALID_IMAGE"],
      ["a few bytes declaring 50,000 × 50,000", pngBomb(), 422, "IMAGE_TOO_LARGE"],
      ["a file over AVATAR_MAX_BYTES", await paddedJpeg(MAX_BYTES + 50_000), 413, "PAYLOAD_TOO_LARGE"],
    ];
    for (const [what, bytes, status, code] of cases) {
      const response = await uploadRest(organisation.id, bytes, owner.token);
      expect({ what, status: response.status, code: response.body.code }).toEqual({ what, status, code });
    }
    const graphql = await uploadGraphql(organisation.id, await gifFixture(), owner.token);
    expect(graphql.body.data.setOrganisationAvatar).toEqual({ organisation: null, userErrors: [{ code: "UNSUPPORTED_MEDIA_TYPE", field: "file" }] });
    const detail = await t.rest("GET", `/api/organisations/${organisation.id}`, { token: owner.token });
    expect(detail.body.avatarUrl).toBeNull();
    // The server is still answering.
    expect((await t.rest("GET", "/healthz")).status).toBe(200);
  });

  it("is for owners, admins and platform admins: members are forbidden, others told it is not there, anonymous unauthenticated", async () => {
    const { organisation, owner, admin, member, outsider, platformAdmin } = await organisationWithRoles(t);
    const image = await imageFixture("jpeg", "small");
    for (const [who, token, status, code] of [
      ["owner", owner.token, 200, undefined],
      ["admin", admin.token, 200, undefined],
      ["platform admin", platformAdmin.token, 200, undefined],
      ["member", member.token, 403, "FORBIDDEN"],
      ["outsider", outsider.token, 404, "NOT_FOUND"],
      ["anonymous", undefined, 401, "UNAUTHENTICATED"],
    ] as const) {
      const rest = await uploadRest(organisation.id, image, token);
      expect({ who, status: rest.status, code: rest.body.code }).toEqual({ who, status, code });
      const removed = await t.rest("DELETE", `/api/organisations/${organisation.id}/avatar`, { token });
      expect({ who, status: removed.status, code: removed.body.code }).toEqual({ who, status, code });
      if (token) {
        const graphql = await uploadGraphql(organisation.id, image, token);
        const remove = await t.gql(
          `mutation($id: ID!) { removeOrganisationAvatar(input: { organisationId: $id }) { organisation { avatarUrl } userErrors { code } } }`,
          { id: organisation.id },
          token,
        );
        for (const result of [graphql.body, remove]) {
          if (status === 200) expect(result.errors).toBeUndefined();
          else expect({ who, code: result.errors?.[0]?.extensions?.code }).toEqual({ who, code });
        }
      }
    }
  });

  it("stores equal images once, gives a new upload a new URL, deletes images no one uses, and records each change", async () => {
    const owner = await createUser(t);
    const first = await createOrganisation(t, owner);
    const second = await createOrganisation(t, owner);
    const before = await storedAvatars();
    const red = await imageFixture("png", "small", RED);
    const a = await uploadRest(first.id, red, owner.token);
    const b = await uploadRest(second.id, red, owner.token);
    expect(b.body.avatarUrl).toBe(a.body.avatarUrl);
    expect(await storedAvatars()).toBe(before + 1);

    // Solid colours crop to the same 256 × 256 square whatever their size: green is used by no other test.
    const replaced = await uploadRest(first.id, await imageFixture("jpeg", "small", GREEN), owner.token);
    expect(replaced.body.avatarUrl).not.toBe(a.body.avatarUrl);
    expect(await storedAvatars()).toBe(before + 2); // the red one is still the second organisation's
    await t.rest("DELETE", `/api/organisations/${second.id}/avatar`, { token: owner.token });
    expect(await storedAvatars()).toBe(before + 1);
    expect((await fetchAvatar(a.body.avatarUrl)).status).toBe(404);

    const activity = await t.rest("GET", `/api/organisations/${first.id}/activity?action=organisation.avatar_changed`, { token: owner.token });
    expect(activity.body.items.map((entry: { metadata: unknown }) => entry.metadata)).toEqual([
      { from: a.body.avatarUrl, to: replaced.body.avatarUrl },
      { from: null, to: a.body.avatarUrl },
    ]);
    const removal = await t.rest("GET", `/api/organisations/${second.id}/activity?action=organisation.avatar_removed`, { token: owner.token });
    expect(removal.body.items.map((entry: { metadata: unknown }) => entry.metadata)).toEqual([{ from: a.body.avatarUrl, to: null }]);
    const [row] = await t.app.deps.db.select({ fileName: avatars.fileName }).from(avatars).where(eq(avatars.fileName, replaced.body.avatarUrl.split("/").pop()));
    expect(row).toBeDefined();
  });

  it("keeps answering other requests while large uploads run at once", async () => {
    const { organisation, owner } = await organisationWithRoles(t);
    const large = await imageFixture("jpeg", "large");
    const uploads = Array.from({ length: 6 }, () => uploadRest(organisation.id, large, owner.token));
    const health = await t.rest("GET", "/healthz");
    expect(health.status).toBe(200);
    const results = await Promise.all(uploads);
    expect(results.map((result) => result.status)).toEqual(results.map(() => 200));
  });
});
