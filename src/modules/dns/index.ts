/**
 * DNS zones and records per organisation, behind the `dns` feature flag. Guildhall holds them; PowerDNS
 * answers queries for them straight from the same tables (drizzle/0009_pdns_views.sql, `npm run pdns`).
 */
import type { ModuleManifest } from "../manifest.ts";
import { upsertDnsSettings } from "./queries.ts";
import { dnsResolvers } from "./resolvers.ts";
import { registerDnsRoutes } from "./routes.ts";

export const dnsModule: ModuleManifest = {
  name: "dns",
  resolvers: [dnsResolvers],
  routes: registerDnsRoutes,
  // PowerDNS composes every zone's SOA and apex NS from dns_settings: write what DNS_NAMESERVERS and DNS_HOSTMASTER say.
  start: (deps) => upsertDnsSettings(deps.db, deps.config.dns),
};
