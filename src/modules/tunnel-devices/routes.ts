/**
 * Tunnel devices: an organisation's under /api/organisations/:id/tunnel-devices, personal ones (and the
 * default list: personal plus the active organisation's) under /api/tunnel-devices.
 */
import type { FastifyInstance } from "fastify";
import { allPages } from "../../lib/owned-resources.ts";
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
  api.get<IdParams>("/organisations/:id/tunnel-devices", { schema: { params: idParams } }, async (request) =>
    (await allPages((args) => pageOrganisationTunnelDevices(request.ctx, request.params.id, args))).map(presentTunnelDevice),
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

  api.get("/tunnel-devices", async (request) => (await allPages((args) => pageMyTunnelDevices(request.ctx, args))).map(presentTunnelDevice));

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
