/**
 * POST/DELETE /api/organisations/:id/avatar (multipart field `file`, or the raw image as the body with an
 * image content type), and GET /avatars/<hash>.<ext>, which serves the stored bytes with caching.
 */
import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../context.ts";
import { AppError } from "../../errors.ts";
import { idParams } from "../../rest/schemas.ts";
import { presentOrganisation } from "../organisations/presenters.ts";
import { withViewerRoleAndCount } from "../organisations/service.ts";
import { avatarFile, removeOrganisationAvatar, setOrganisationAvatar, type UploadedFile } from "./service.ts";
import { AVATAR_PATH } from "./urls.ts";

type IdParams = { Params: { id: string } };

export function registerAvatarRoutes(api: FastifyInstance) {
  // A scope of its own, so multipart and raw image bodies are accepted here and nowhere else in /api.
  api.register(async (scope) => {
    await scope.register(multipart, { limits: { files: 1, fields: 0, parts: 1 } });
    // Legacy scripts may send the image itself; the stream goes to the service unread.
    scope.addContentTypeParser(/^(image\/[\w.+-]+|application\/octet-stream)$/, (_request, payload, done) => done(null, payload));

    scope.post<IdParams>("/organisations/:id/avatar", { schema: { params: idParams } }, async (request) => {
      const ctx = request.ctx;
      let file: UploadedFile;
      if (request.isMultipart()) {
        const part = await request.file({ limits: { fileSize: ctx.config.avatarMaxBytes + 1, files: 1 } });
        if (!part || part.fieldname !== "file") {
          throw new AppError("INVALID_INPUT", "Send the image in a multipart field named `file`.", "file");
        }
        file = part.file;
      } else {
        file = request.body as UploadedFile;
      }
      const organisation = await setOrganisationAvatar(ctx, { organisationId: request.params.id, file });
      const { orgRole, memberCount } = await withViewerRoleAndCount(ctx, organisation);
      return presentOrganisation(organisation, ctx.config, { orgRole, memberCount });
    });
  });

  api.delete<IdParams>("/organisations/:id/avatar", { schema: { params: idParams } }, async (request) => {
    const organisation = await removeOrganisationAvatar(request.ctx, request.params.id);
    const { orgRole, memberCount } = await withViewerRoleAndCount(request.ctx, organisation);
    return presentOrganisation(organisation, request.ctx.config, { orgRole, memberCount });
  });
}

/** Outside /api: the images themselves, immutable by construction (the name is the hash of the bytes). */
export function registerAvatarFileRoutes(server: FastifyInstance, { db }: AppDeps) {
  server.get<{ Params: { file: string } }>(`${AVATAR_PATH}/:file`, async (request, reply) => {
    const avatar = await avatarFile({ db }, request.params.file);
    const etag = `"${avatar.fileName.split(".")[0]}"`;
    reply
      .header("etag", etag)
      .header("cache-control", "public, max-age=31536000, immutable")
      .header("x-content-type-options", "nosniff");
    if (request.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) return reply.code(304).send();
    return reply.type(avatar.contentType).send(avatar.bytes);
  });
}
