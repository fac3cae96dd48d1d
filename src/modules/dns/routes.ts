/**
 * /api/organisations/:id/dns/zones/...: an organisation's zones, their records and zone files; and
 * /api/dns/zones, the default view (the active organisation's zones). Lists are `{ items, nextCursor }` pages
 * with `?limit=&cursor=`, like the activity log and the mailbox.
 */
import type { FastifyInstance } from "fastify";
import type { RequestContext } from "../../context.ts";
import { toCursorList } from "../../lib/pagination.ts";
import { body, idParams, str } from "../../rest/schemas.ts";
import { dnsZoneFile, importDnsZone } from "./import-export.ts";
import { presentDnsRecord, presentDnsZone, presentImportResult } from "./presenters.ts";
import { createDnsRecord, deleteDnsRecord, getDnsRecord, pageZoneRecords, updateDnsRecord, type RecordInput } from "./zone-records.ts";
import { createDnsZone, deleteDnsZone, getDnsZone, pageMyDnsZones, pageOrganisationDnsZones } from "./zones.ts";

type IdParams = { Params: { id: string } };
type ZoneParams = { Params: { id: string; zoneId: string } };
type RecordParams = { Params: { id: string; zoneId: string; recordId: string } };
type PageQuery = { limit?: string; cursor?: string };

const zoneParams = { type: "object", properties: { id: str, zoneId: str }, required: ["id", "zoneId"] } as const;
const recordParams = {
  type: "object",
  properties: { id: str, zoneId: str, recordId: str },
  required: ["id", "zoneId", "recordId"],
} as const;
const pageQuery = { type: "object", properties: { limit: str, cursor: str } } as const;
const recordListQuery = { type: "object", properties: { limit: str, cursor: str, type: str, name: str } } as const;
// Shapes only: the service says what a valid name, content or TTL is, with the same codes GraphQL gives.
const recordFields = { name: str, type: str, content: str, ttl: { type: ["integer", "null"] } };

const pageArgs = ({ limit, cursor }: PageQuery) => ({ first: limit === undefined ? null : Number(limit), after: cursor });
const truthy = (value: unknown) => value === true || value === "true" || value === "1";

export function registerDnsRoutes(api: FastifyInstance) {
  // A plugin of their own, so the zone-file body parser (text/dns) applies to these routes alone.
  api.register(async (dns) => {
    dns.addContentTypeParser("text/dns", { parseAs: "string" }, (_request, text, done) => done(null, text));
    registerZoneRoutes(dns);
    registerRecordRoutes(dns);
  });
}

function registerZoneRoutes(api: FastifyInstance) {
  const zoneJson = (ctx: RequestContext) => (zone: Parameters<typeof presentDnsZone>[0]) => presentDnsZone(zone, ctx.config);

  api.get<{ Querystring: PageQuery }>("/dns/zones", { schema: { querystring: pageQuery } }, async (request) => {
    const { page } = await pageMyDnsZones(request.ctx, pageArgs(request.query));
    return toCursorList(page, zoneJson(request.ctx));
  });

  api.get<IdParams & { Querystring: PageQuery }>(
    "/organisations/:id/dns/zones",
    { schema: { params: idParams, querystring: pageQuery } },
    async (request) => {
      const { page } = await pageOrganisationDnsZones(request.ctx, request.params.id, pageArgs(request.query));
      return toCursorList(page, zoneJson(request.ctx));
    },
  );

  api.post<IdParams & { Body: { name: string } }>(
    "/organisations/:id/dns/zones",
    { schema: { params: idParams, body: body({ name: str }, ["name"]) } },
    async (request, reply) => {
      const zone = await createDnsZone(request.ctx, { organisationId: request.params.id, name: request.body.name });
      return reply.code(201).send(presentDnsZone(zone, request.ctx.config));
    },
  );

  api.get<ZoneParams>("/organisations/:id/dns/zones/:zoneId", { schema: { params: zoneParams } }, async (request) =>
    presentDnsZone(await getDnsZone(request.ctx, { id: request.params.zoneId, organisationId: request.params.id }), request.ctx.config),
  );

  api.delete<ZoneParams>("/organisations/:id/dns/zones/:zoneId", { schema: { params: zoneParams } }, async (request, reply) => {
    await deleteDnsZone(request.ctx, { id: request.params.zoneId, organisationId: request.params.id });
    return reply.code(204).send();
  });

  api.get<ZoneParams>("/organisations/:id/dns/zones/:zoneId/export", { schema: { params: zoneParams } }, async (request, reply) => {
    const zone = await getDnsZone(request.ctx, { id: request.params.zoneId, organisationId: request.params.id });
    return reply
      .type("text/dns")
      .header("content-disposition", `attachment; filename="${zone.name}.zone"`)
      .send(await dnsZoneFile(request.ctx, zone));
  });

  // The zone file as the body (Content-Type: text/dns), or JSON { zoneFile, dryRun }; ?dryRun=true previews.
  api.post<ZoneParams & { Querystring: { dryRun?: string }; Body: unknown }>(
    "/organisations/:id/dns/zones/:zoneId/import",
    { schema: { params: zoneParams, querystring: { type: "object", properties: { dryRun: str } } } },
    async (request) => {
      const json = typeof request.body === "object" && request.body !== null ? (request.body as Record<string, unknown>) : null;
      const result = await importDnsZone(request.ctx, {
        zoneId: request.params.zoneId,
        organisationId: request.params.id,
        zoneFile: json ? json.zoneFile : request.body,
        dryRun: truthy(request.query.dryRun) || truthy(json?.dryRun),
      });
      return presentImportResult(result, request.ctx.config);
    },
  );
}

function registerRecordRoutes(api: FastifyInstance) {
  const base = "/organisations/:id/dns/zones/:zoneId/records";

  api.get<ZoneParams & { Querystring: PageQuery & { type?: string; name?: string } }>(
    base,
    { schema: { params: zoneParams, querystring: recordListQuery } },
    async (request) => {
      const zone = await getDnsZone(request.ctx, { id: request.params.zoneId, organisationId: request.params.id });
      const { type, name } = request.query;
      const { page } = await pageZoneRecords(request.ctx, zone, { ...pageArgs(request.query), type, name });
      return toCursorList(page, presentDnsRecord);
    },
  );

  api.post<ZoneParams & { Body: RecordInput }>(
    base,
    { schema: { params: zoneParams, body: body(recordFields, ["name", "type", "content"]) } },
    async (request, reply) => {
      const { record } = await createDnsRecord(request.ctx, {
        ...request.body,
        zoneId: request.params.zoneId,
        organisationId: request.params.id,
      });
      return reply.code(201).send(presentDnsRecord(record));
    },
  );

  api.get<RecordParams>(`${base}/:recordId`, { schema: { params: recordParams } }, async (request) => {
    const { recordId: id, zoneId, id: organisationId } = request.params;
    return presentDnsRecord(await getDnsRecord(request.ctx, { id, zoneId, organisationId }));
  });

  for (const method of ["PUT", "PATCH"] as const) {
    api.route<RecordParams & { Body: RecordInput }>({
      method,
      url: `${base}/:recordId`,
      schema: { params: recordParams, body: body(recordFields, method === "PUT" ? ["name", "type", "content"] : []) },
      async handler(request) {
        const { record } = await updateDnsRecord(
          request.ctx,
          { ...request.body, id: request.params.recordId, zoneId: request.params.zoneId, organisationId: request.params.id },
          { replace: method === "PUT" },
        );
        return presentDnsRecord(record);
      },
    });
  }

  api.delete<RecordParams>(`${base}/:recordId`, { schema: { params: recordParams } }, async (request, reply) => {
    await deleteDnsRecord(request.ctx, { id: request.params.recordId, zoneId: request.params.zoneId, organisationId: request.params.id });
    return reply.code(204).send();
  });
}
