/**
 * Tunnel devices: an organisation's under /api/organisations/:id/tunnel-devices, personal ones (and the
 * default list: personal plus the active organisation's) under /api/tunnel-devices.
 */
import type { FastifyInstance } from "fastify";
import { listArgs, listQuery, sendList, type ListQuery } from "../../rest/lists.ts";
import { createTunnelDevice, deleteTunnelDevice, pageMyTunnelDevices, pageOrganisationTunnelDevices, renameTunnelDevice } from "./service.ts";
import { presentTunnelDevice } from "./presenters.ts";
import { body, idParams, str } from "../../rest/schemas.ts";

type IdParams = { Params: { id: string } };
type DeviceParams = { Params: { id: string; deviceId: string } };
const deviceParams = {
  type: "object",
  properties: { id: str, deviceId: str },
  required: ["id", "deviceId"],
} as const;
const deviceIdParams = { type: "object", properties: { deviceId: str }, required: ["deviceId"] } as const;
const nameBody = body({ name: str }, ["name"]);

export function registerTunnelDeviceRoutes(api: FastifyInstance) {
  api.get<IdParams & { Querystring: ListQuery }>(
    "/organisations/:id/tunnel-devices",
    { schema: { params: idParams, querystring: listQuery } },
    async (request, reply) => {
      const { page } = await pageOrganisationTunnelDevices(request.ctx, request.params.id, listArgs(request.query));
      return sendList(request, reply, page, page.rows.map(presentTunnelDevice));
    },
  );

  api.post<IdParams & { Body: { name: string } }>(
    "/organisations/:id/tunnel-devices",
    { schema: { params: idParams, body: nameBody } },
    async (request, reply) => {
      const { device, enrollmentSecret } = await createTunnelDevice(request.ctx, {
        name: request.body.name,
        organisationId: request.params.id,
      });
      return reply.code(201).send({ ...presentTunnelDevice(device), enrollmentSecret });
    },
  );

  api.patch<DeviceParams & { Body: { name: string } }>(
    "/organisations/:id/tunnel-devices/:deviceId",
    { schema: { params: deviceParams, body: nameBody } },
    async (request) =>
      presentTunnelDevice(
        await renameTunnelDevice(request.ctx, { id: request.params.deviceId, name: request.body.name, organisationId: request.params.id }),
      ),
  );

  api.delete<DeviceParams>("/organisations/:id/tunnel-devices/:deviceId", { schema: { params: deviceParams } }, async (request, reply) => {
    await deleteTunnelDevice(request.ctx, { id: request.params.deviceId, organisationId: request.params.id });
    return reply.code(204).send();
  });

  api.get<{ Querystring: ListQuery }>("/tunnel-devices", { schema: { querystring: listQuery } }, async (request, reply) => {
    const { page } = await pageMyTunnelDevices(request.ctx, listArgs(request.query));
    return sendList(request, reply, page, page.rows.map(presentTunnelDevice));
  });

  api.post<{ Body: { name: string } }>("/tunnel-devices", { schema: { body: nameBody } }, async (request, reply) => {
    const { device, enrollmentSecret } = await createTunnelDevice(request.ctx, { name: request.body.name });
    return reply.code(201).send({ ...presentTunnelDevice(device), enrollmentSecret });
  });

  api.patch<{ Params: { deviceId: string }; Body: { name: string } }>(
    "/tunnel-devices/:deviceId",
    { schema: { params: deviceIdParams, body: nameBody } },
    async (request) => presentTunnelDevice(await renameTunnelDevice(request.ctx, { id: request.params.deviceId, name: request.body.name })),
  );

  api.delete<{ Params: { deviceId: string } }>("/tunnel-devices/:deviceId", { schema: { params: deviceIdParams } }, async (request, reply) => {
    await deleteTunnelDevice(request.ctx, { id: request.params.deviceId });
    return reply.code(204).send();
  });
}
