/** Portal tiers as data: what each allows. The single place a tier's limit is defined. */
import type { PortalTier } from "./tables.ts";

export type PortalTierInfo = { tier: PortalTier; displayName: string; maxServers: number | null };

export const PORTAL_TIER_INFO: Record<PortalTier, PortalTierInfo> = {
  free: { tier: "free", displayName: "Free Portal", maxServers: 2 },
  paid: { tier: "paid", displayName: "Pro Portal", maxServers: 10 },
  educational: { tier: "educational", displayName: "Educational Portal", maxServers: 3 },
  enterprise: { tier: "enterprise", displayName: "Enterprise Portal", maxServers: null },
};

export const portalTierList = (): PortalTierInfo[] => Object.values(PORTAL_TIER_INFO);
