/**
 * Organisation avatars: owners, admins and platform admins upload (PNG or JPEG, judged from the bytes)
 * or remove one. The upload is read with a byte limit and processed with sharp inside a bounded queue,
 * so concurrent large uploads cannot exhaust memory; the stored image is content-addressed and kept in
 * the database, and an image no organisation uses any more is deleted in the same transaction.
 */
import { authorize, lockForChange } from "../../auth/policy.ts";
import type { RequestContext } from "../../context.ts";
import { notFound } from "../../errors.ts";
import { recordActivity } from "../activity/record.ts";
import type { OrganisationRow } from "../organisations/tables.ts";
import { createAvatarLimiter, processAvatar, readLimited } from "./image.ts";
import { avatarByFileName, deleteAvatarIfUnused, setOrganisationAvatar as setAvatarColumn, upsertAvatar } from "./queries.ts";
import type { AvatarRow } from "./tables.ts";
import { avatarUrl } from "./urls.ts";

/** One queue per process: it bounds this process's memory, which is what it protects. */
const limiter = createAvatarLimiter();

export type UploadedFile = AsyncIterable<Uint8Array> | NodeJS.ReadableStream;

const FILE_NAME = /^[0-9a-f]{64}\.(png|jpg)$/;

/**
 * Owners, admins and platform admins: makes the uploaded image the organisation's avatar and returns the
 * organisation. Permission is checked before a byte is read, and again under the organisation's lock.
 */
export async function setOrganisationAvatar(ctx: RequestContext, input: { organisationId: string; file: UploadedFile }): Promise<OrganisationRow> {
  await authorize(ctx, "avatar:set", input.organisationId);
  const image = await limiter.run(async () => processAvatar(await readLimited(input.file, ctx.config.avatarMaxBytes)));
  const fileName = `${image.hash}.${image.format === "png" ? "png" : "jpg"}`;
  return ctx.db.transaction(async (tx) => {
    const { organisation: before } = await lockForChange(tx, ctx, "avatar:set", input.organisationId);
    await upsertAvatar(tx, {
      fileName,
      contentType: image.contentType,
      bytes: image.bytes,
      byteSize: image.bytes.length,
      width: image.width,
      height: image.height,
    });
    if (before.avatarFileName === fileName) return before;
    const after = await setAvatarColumn(tx, before.id, fileName);
    if (before.avatarFileName) await deleteAvatarIfUnused(tx, before.avatarFileName, before.id);
    await recordActivity(tx, ctx, {
      organisationId: before.id,
      action: "organisation.avatar_changed",
      targetType: "organisation",
      targetId: before.id,
      metadata: { from: avatarUrl(ctx.config, before), to: avatarUrl(ctx.config, after) },
    });
    return after;
  });
}

/** Owners, admins and platform admins: removes the organisation's avatar (if any) and returns the organisation. */
export async function removeOrganisationAvatar(ctx: RequestContext, organisationId: string): Promise<OrganisationRow> {
  return ctx.db.transaction(async (tx) => {
    const { organisation: before } = await lockForChange(tx, ctx, "avatar:set", organisationId);
    if (!before.avatarFileName) return before;
    const after = await setAvatarColumn(tx, before.id, null);
    await deleteAvatarIfUnused(tx, before.avatarFileName, before.id);
    await recordActivity(tx, ctx, {
      organisationId: before.id,
      action: "organisation.avatar_removed",
      targetType: "organisation",
      targetId: before.id,
      metadata: { from: avatarUrl(ctx.config, before), to: null },
    });
    return after;
  });
}

/**
 * Anyone: a stored image by its file name. Avatars are public, like the organisation's name on an
 * invitation; the name is the hash of the bytes, so a URL names one image forever.
 */
export async function avatarFile(ctx: Pick<RequestContext, "db">, fileName: string): Promise<AvatarRow> {
  const avatar = FILE_NAME.test(fileName) ? await avatarByFileName(ctx.db, fileName) : null;
  if (!avatar) throw notFound("Avatar");
  return avatar;
}
