import { mutationPayload } from "../../graphql/errors.ts";
import type { Resolvers } from "../../graphql/generated/resolvers-types.ts";
import { toConnection } from "../../lib/pagination.ts";
import { organisationLoaders } from "../organisations/loaders.ts";
import { userLoaders } from "../users/loaders.ts";
import { dnsZoneFile, importDnsZone } from "./import-export.ts";
import { dnsLoaders } from "./loaders.ts";
import { recordValue, unicodeZoneName } from "./presenters.ts";
import { createDnsRecord, deleteDnsRecord, pageZoneRecords, updateDnsRecord } from "./zone-records.ts";
import { createDnsZone, deleteDnsZone, getDnsZone, pageMyDnsZones, pageOrganisationDnsZones } from "./zones.ts";

export const dnsResolvers: Resolvers = {
  Query: {
    dnsZone: (_parent, { id }, ctx) => getDnsZone(ctx, { id }),
  },
  Mutation: {
    createDnsZone: (_parent, { input }, ctx) => mutationPayload(async () => ({ dnsZone: await createDnsZone(ctx, input) })),
    deleteDnsZone: (_parent, { input }, ctx) =>
      mutationPayload(async () => ({ deletedDnsZoneId: await deleteDnsZone(ctx, { id: input.id }) })),
    createDnsRecord: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { record, zone } = await createDnsRecord(ctx, input);
        return { dnsRecord: record, dnsZone: zone };
      }),
    updateDnsRecord: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { record, zone } = await updateDnsRecord(ctx, input);
        return { dnsRecord: record, dnsZone: zone };
      }),
    deleteDnsRecord: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { id, zone } = await deleteDnsRecord(ctx, { id: input.id });
        return { deletedDnsRecordId: id, dnsZone: zone };
      }),
    importDnsZone: (_parent, { input }, ctx) =>
      mutationPayload(async () => {
        const { zone, ...result } = await importDnsZone(ctx, input);
        return { dnsZone: zone, ...result };
      }),
  },
  Organisation: {
    dnsZones: async (organisation, args, ctx) => {
      const { page, totalCount } = await pageOrganisationDnsZones(ctx, organisation.id, args);
      return toConnection(page, totalCount);
    },
  },
  Viewer: {
    dnsZones: async (user, args, ctx) => {
      const { page, totalCount } = await pageMyDnsZones(ctx, args, user);
      return toConnection(page, totalCount);
    },
  },
  DnsZoneConnection: { totalCount: (connection) => connection.totalCount() },
  DnsRecordConnection: { totalCount: (connection) => connection.totalCount() },
  DnsZone: {
    organisation: async (zone, _args, ctx) => (await organisationLoaders(ctx).byId.load(zone.organisationId))!,
    unicodeName: (zone) => unicodeZoneName(zone),
    nameservers: (_zone, _args, ctx) => ctx.config.dns.nameservers,
    records: async (zone, args, ctx) => {
      const { page, totalCount } = await pageZoneRecords(ctx, zone, args);
      return toConnection(page, totalCount);
    },
    zoneFile: (zone, _args, ctx) => dnsZoneFile(ctx, zone),
    createdBy: (zone, _args, ctx) => (zone.createdById ? userLoaders(ctx).byId.load(zone.createdById) : null),
  },
  DnsRecord: {
    absoluteName: (record) => record.fqdn,
    value: (record) => recordValue(record),
    zone: async (record, _args, ctx) => (await dnsLoaders(ctx).zoneById.load(record.zoneId))!,
  },
  DnsZoneFileRecord: {
    value: (record) => recordValue(record),
  },
};
