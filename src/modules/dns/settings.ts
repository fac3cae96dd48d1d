/**
 * The nameserver settings every zone's SOA and apex NS records are composed from. Read from the environment
 * (DNS_NAMESERVERS, DNS_HOSTMASTER) once at start, then written to `dns_settings` (queries.ts,
 * `upsertDnsSettings`), where PowerDNS's views read them.
 */

export type DnsSettings = {
  /** Hostnames, lowercase, without the trailing dot. The first is the SOA's primary nameserver (MNAME). */
  nameservers: string[];
  /** The SOA's responsible-person mailbox as a hostname (RNAME): `hostmaster.example.com` for hostmaster@example.com. */
  hostmaster: string;
};

export const DEFAULT_DNS_NAMESERVERS = "ns1.guildhall.test,ns2.guildhall.test";
export const DEFAULT_DNS_HOSTMASTER = "hostmaster.guildhall.test";

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** A hostname in the form the tables keep: trimmed, lowercase, no trailing dot; null if it is not one. */
function normaliseHostname(value: string): string | null {
  const name = value.trim().toLowerCase().replace(/\.$/, "");
  return HOSTNAME.test(name) ? name : null;
}

/**
 * The settings from DNS_NAMESERVERS (comma-separated hostnames) and DNS_HOSTMASTER (a hostname, or an email
 * address, which becomes one: dots in the local part are escaped). Throws an Error naming the variable.
 */
export function parseDnsSettings(env: Record<string, string | undefined>): DnsSettings {
  const listed = (env.DNS_NAMESERVERS?.trim() || DEFAULT_DNS_NAMESERVERS).split(",").map((entry) => entry.trim());
  const nameservers = listed.map(normaliseHostname);
  const bad = listed.filter((_, index) => nameservers[index] === null);
  if (bad.length || listed.length > 13) {
    throw new Error(
      `DNS_NAMESERVERS: must be 1 to 13 comma-separated hostnames such as ns1.example.com${bad.length ? ` (not hostnames: ${bad.map((entry) => JSON.stringify(entry)).join(", ")})` : ""}`,
    );
  }
  if (new Set(nameservers).size !== nameservers.length) throw new Error("DNS_NAMESERVERS: lists a hostname twice");

  const given = env.DNS_HOSTMASTER?.trim() || DEFAULT_DNS_HOSTMASTER;
  const at = given.lastIndexOf("@");
  const domain = normaliseHostname(at === -1 ? given : given.slice(at + 1));
  const local = at === -1 ? "" : given.slice(0, at).toLowerCase();
  if (!domain || (at !== -1 && !/^[a-z0-9._+-]{1,63}$/.test(local))) {
    throw new Error("DNS_HOSTMASTER: must be a hostname such as hostmaster.example.com, or an email address");
  }
  const hostmaster = at === -1 ? domain : `${local.replaceAll(".", "\\.")}.${domain}`;
  return { nameservers: nameservers as string[], hostmaster };
}
