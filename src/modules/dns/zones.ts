/**
 * DNS zones: an organisation's, read by its members and changed by its owners and admins (and platform
 * admins), all behind the `dns` feature flag (access.ts). A zone's name is unique across Guildhall, and no
 * zone may be the parent or child of another, whoever owns it (see createDnsZone).
 */
import { requireViewer } from "../../auth/viewer.ts";
import type { RequestContext } from "../../context.ts";
import { notFound, violatedUniqueConstraint } from "../../errors.ts";
import { isUuid } from "../../lib/ids.ts";
import { pageRequest, toPage, type PageArgs } from "../../lib/pagination.ts";
import type { UserRow } from "../users/tables.ts";
import { recordActivity } from "../activity/record.ts";
import { authorizeDnsRead, changeDns, organisationOfZone, zoneOf, ZONE } from "./access.ts";
import { dnsError } from "./errors.ts";
import { dnsLoaders } from "./loaders.ts";
import { normaliseZoneName, overlapCandidates, registrableDomain } from "./names.ts";
import {
  countRecordsOfZone,
  countZonesOfOrganisation,
  deleteZoneRow,
  insertZone,
  lockZone,
  lockZoneNamespace,
  overlappingZones,
} from "./queries.ts";
import type { DnsZoneRow } from "./tables.ts";

export const ZONE_PAGE = { defaultSize: 50, max: 100 };

/** What the activity log keeps of a zone. */
const zoneSnapshot = (zone: DnsZoneRow) => ({ name: zone.name, serial: zone.serial });

/**
 * Owners, admins and platform admins: a new zone for the organisation, within DNS_ZONES_PER_ORGANISATION
 * (ZONE_LIMIT_REACHED). The name must be free (ZONE_TAKEN) and neither inside nor above another zone
 * (ZONE_OVERLAPS), the organisation's own included: a zone nested in another would silently hide the
 * outer zone's records at and below its name, so one organisation keeps a domain in one zone.
 */
export async function createDnsZone(ctx: RequestContext, input: { organisationId: string; name: unknown }): Promise<DnsZoneRow> {
  const viewer = requireViewer(ctx);
  return changeDns(ctx, input.organisationId, { notFound: "Organisation" }, async (tx, organisation) => {
    const { ascii: name, unicode } = normaliseZoneName(input.name);
    // The organisation is locked (changeDns), so concurrent creates in it count one after another.
    const cap = ctx.config.dns.zonesPerOrganisation;
    const used = await countZonesOfOrganisation(tx, organisation.id);
    if (used >= cap) {
      throw dnsError("ZONE_LIMIT_REACHED", `An organisation may have ${cap} DNS zones, and this one has ${used}.`);
    }
    // Creates of overlapping names, in any organisation, run one after another from here on.
    await lockZoneNamespace(tx, registrableDomain(name));
    const overlapping = await overlappingZones(tx, name, overlapCandidates(name));
    if (overlapping.some((zone) => zone.name === name)) throw zoneTaken(unicode);
    const other = overlapping[0];
    if (other) {
      const ours = other.organisationId === organisation.id;
      const relation = name.endsWith(`.${other.name}`) ? "inside" : "above";
      throw dnsError(
        "ZONE_OVERLAPS",
        ours
          ? `${unicode} would be ${relation} this organisation's zone ${other.name}; add its records to that zone instead.`
          : `${unicode} would be ${relation} a zone another organisation has.`,
        "name",
      );
    }
    let zone: DnsZoneRow;
    try {
      // The namespace lock makes this the one create of the name; the unique index stays the last word.
      zone = await insertZone(tx, { organisationId: organisation.id, name, createdById: viewer.user.id });
    } catch (error) {
      if (violatedUniqueConstraint(error) === "dns_zones_name_unique") throw zoneTaken(unicode);
      throw error;
    }
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "dns.zone_created",
      targetType: "dns_zone",
      targetId: zone.id,
      metadata: { name, before: null, after: zoneSnapshot(zone) },
    });
    return zone;
  });
}

const zoneTaken = (name: string) => dnsError("ZONE_TAKEN", `${name} is already a DNS zone here.`, "name");

/**
 * Owners, admins and platform admins: deletes the zone and every record in it, in one transaction; PowerDNS
 * stops answering for it at commit. `organisationId`, when given, must be the zone's. Returns the zone's id.
 */
export async function deleteDnsZone(ctx: RequestContext, input: { id: string; organisationId?: string }): Promise<string> {
  const organisationId = await organisationOfZone(ctx, input.id, input.organisationId);
  return changeDns(ctx, organisationId, { notFound: ZONE }, async (tx, organisation) => {
    const zone = isUuid(input.id) ? await lockZone(tx, input.id, organisation.id) : null;
    if (!zone) throw notFound(ZONE);
    const records = await countRecordsOfZone(tx, zone.id);
    await deleteZoneRow(tx, zone.id);
    await recordActivity(tx, ctx, {
      organisationId: organisation.id,
      action: "dns.zone_deleted",
      targetType: "dns_zone",
      targetId: zone.id,
      metadata: { name: zone.name, before: { ...zoneSnapshot(zone), records }, after: null },
    });
    return zone.id;
  });
}

/** Members and platform admins: one zone. `organisationId`, when given (REST), must be the zone's. */
export async function getDnsZone(ctx: RequestContext, input: { id: string; organisationId?: string }): Promise<DnsZoneRow> {
  if (input.organisationId !== undefined) {
    await authorizeDnsRead(ctx, input.organisationId, ZONE);
    return zoneOf(ctx, input.id, input.organisationId);
  }
  const zone = await zoneOf(ctx, input.id);
  await authorizeDnsRead(ctx, zone.organisationId, ZONE);
  return zone;
}

/** Members and platform admins: a page of the organisation's zones, oldest first, and their total count. */
export async function pageOrganisationDnsZones(ctx: RequestContext, organisationId: string, args: PageArgs) {
  await authorizeDnsRead(ctx, organisationId);
  const { first, afterId } = pageRequest(args, ZONE_PAGE);
  const rows = await dnsLoaders(ctx).zonePageByOrganisation.load({ parentId: organisationId, first, afterId });
  return { page: toPage(rows, first), totalCount: () => dnsLoaders(ctx).zoneCountByOrganisation.load(organisationId) };
}

/**
 * Signed-in users: the default view, which follows the active organisation as the servers list does: its
 * zones, or nothing when none is selected. `current` is the viewer's row as a mutation just left it.
 */
export async function pageMyDnsZones(ctx: RequestContext, args: PageArgs, current?: UserRow) {
  const viewer = requireViewer(ctx);
  const { activeOrganisationId } = current?.id === viewer.user.id ? current : viewer.user;
  if (!activeOrganisationId) {
    pageRequest(args, ZONE_PAGE);
    return { page: toPage<DnsZoneRow>([], 0), totalCount: async () => 0 };
  }
  return pageOrganisationDnsZones(ctx, activeOrganisationId, args);
}
