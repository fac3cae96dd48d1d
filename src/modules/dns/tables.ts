/**
 * DNS zones and records, which PowerDNS serves straight from these tables through the read-only views in
 * drizzle/0009_pdns_views.sql (no copy job, so a committed change is the answer). The SOA and the apex NS set are
 * Guildhall's, not the user's: the views compose them from `dns_settings` and the zone's serial.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "../../db/columns.ts";
import { organisations } from "../organisations/tables.ts";
import { users } from "../users/tables.ts";
import { MAX_TTL, MIN_TTL, RECORD_TYPES, type RecordType } from "./records.ts";

/** The largest SOA serial: an unsigned 32-bit number (RFC 1982 arithmetic wraps past it). */
export const DNS_SERIAL_MAX = 4_294_967_295;
// Canonical content is at most 4,000 bytes of TXT (records.ts, MAX_TXT_BYTES), but escaped (`\DDD` is four
// characters for one byte) and quoted in 255-byte strings it can reach about 16,050 characters.
const MAX_CONTENT_CHARACTERS = 16_384;

// One label of a hostname: letters, digits and inner hyphens, at most 63 characters. Bracket classes, not
// backslashes, so the pattern survives the template literal unchanged.
const HOST_LABEL = "[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?";
// Record owner labels may also carry underscores (_minecraft._tcp, _dmarc) and start with one `*` label.
const OWNER_LABEL = "[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?";

export const dnsZones = pgTable(
  "dns_zones",
  {
    id: id(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** ASCII (punycode), lowercase, without the trailing dot: `example.com`. */
    name: text("name").notNull().unique("dns_zones_name_unique"),
    /** The SOA serial. Guildhall bumps it in the same transaction as every change to the zone. */
    serial: bigint("serial", { mode: "number" }).notNull().default(1),
    /** PowerDNS needs an integer zone id (`domain_id`); this is it, and nothing else uses it. */
    pdnsId: integer("pdns_id").generatedAlwaysAsIdentity().unique("dns_zones_pdns_id_unique"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("dns_zones_organisation_id_idx").on(t.organisationId, t.id),
    index("dns_zones_created_by_id_idx").on(t.createdById),
    // What dns_records' (zone_id, zone_name) foreign key points at.
    unique("dns_zones_id_name_unique").on(t.id, t.name),
    check(
      "dns_zones_name_format",
      sql`${t.name} ~ '^${sql.raw(HOST_LABEL)}([.]${sql.raw(HOST_LABEL)})+$' and char_length(${t.name}) <= 253`,
    ),
    check("dns_zones_serial_range", sql`${t.serial} between 0 and ${sql.raw(String(DNS_SERIAL_MAX))}`),
  ],
);

export const dnsRecords = pgTable(
  "dns_records",
  {
    id: id(),
    zoneId: uuid("zone_id").notNull(),
    /**
     * The zone's name, copied at insert and held true by the (zone_id, zone_name) foreign key (which also
     * cascades a rename). It exists so that `fqdn` can be a generated column: PowerDNS looks records up
     * by absolute name, and an index can only cover columns of this table.
     */
    zoneName: text("zone_name").notNull(),
    /** Relative to the zone, lowercase: `@` for the apex, `www`, `*.dev`, `_minecraft._tcp`. */
    name: text("name").notNull(),
    /** The absolute name without the trailing dot (`www.example.com`), as PowerDNS asks for it. */
    fqdn: text("fqdn")
      .notNull()
      .generatedAlwaysAs(sql`case when name = '@' then zone_name else name || '.' || zone_name end`),
    type: text("type").$type<RecordType>().notNull(),
    /**
     * Zone-file presentation form, hostnames absolute with the trailing dot: `10 mail.example.com.`,
     * `0 5 25565 mc.example.com.`, `0 issue "letsencrypt.org"`, TXT as quoted strings `"a" "b"`.
     */
    content: text("content").notNull(),
    ttl: integer("ttl").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "dns_records_zone_fk",
      columns: [t.zoneId, t.zoneName],
      foreignColumns: [dnsZones.id, dnsZones.name],
    })
      .onDelete("cascade")
      .onUpdate("cascade"),
    index("dns_records_zone_id_idx").on(t.zoneId, t.id),
    // PowerDNS's lookups: by absolute name and type, or by absolute name alone (ANY) as a prefix of it.
    index("dns_records_fqdn_type_idx").on(t.fqdn, t.type),
    // "Is anything below this name?" (empty non-terminals, pdns.is_empty_non_terminal): descendants of
    // `b.example.com` are the reversed names between 'moc.elpmaxe.b.' and 'moc.elpmaxe.b/', a range scan
    // in byte order (collation "C"; a linguistic collation ignores the dots).
    index("dns_records_zone_reverse_fqdn_idx").on(t.zoneId, sql`(reverse(${t.fqdn}) collate "C")`),
    check(
      "dns_records_name_format",
      sql`${t.name} ~ '^(@|([*]|${sql.raw(OWNER_LABEL)})([.]${sql.raw(OWNER_LABEL)})*)$'`,
    ),
    check("dns_records_fqdn_length", sql`char_length(${t.fqdn}) <= 253`),
    check("dns_records_type_valid", sql`${t.type} in (${sql.raw(RECORD_TYPES.map((type) => `'${type}'`).join(", "))})`),
    check("dns_records_ttl_range", sql`${t.ttl} between ${sql.raw(String(MIN_TTL))} and ${sql.raw(String(MAX_TTL))}`),
    // The apex NS set is Guildhall's (composed from dns_settings), and a CNAME cannot share the apex with it.
    check("dns_records_apex_reserved", sql`not (${t.name} = '@' and ${t.type} in ('NS', 'CNAME'))`),
    check("dns_records_content_length", sql`char_length(${t.content}) between 1 and ${sql.raw(String(MAX_CONTENT_CHARACTERS))}`),
    // The views split MX and SRV content into PowerDNS's prio column and the rest; this keeps that cast safe.
    check("dns_records_priority_format", sql`${t.type} not in ('MX', 'SRV') or ${t.content} ~ '^[0-9]{1,5} [^ ]'`),
  ],
);

/**
 * The one row of nameserver settings. Guildhall writes it at start from DNS_NAMESERVERS and DNS_HOSTMASTER
 * (queries.ts, `upsertDnsSettings`); PowerDNS, which reads only the database, builds every zone's SOA and
 * apex NS records from it, so a change of nameservers reaches every zone without rewriting any.
 */
export const dnsSettings = pgTable(
  "dns_settings",
  {
    id: boolean("id").primaryKey().default(true),
    /** Hostnames without the trailing dot; the first is the SOA's primary (MNAME). */
    nameservers: text("nameservers").array().notNull(),
    /** The SOA's RNAME as a hostname (`hostmaster.example.com`), without the trailing dot. */
    hostmaster: text("hostmaster").notNull(),
    soaTtl: integer("soa_ttl").notNull().default(3600),
    nsTtl: integer("ns_ttl").notNull().default(3600),
    soaRefresh: integer("soa_refresh").notNull().default(10_800),
    soaRetry: integer("soa_retry").notNull().default(3600),
    soaExpire: integer("soa_expire").notNull().default(1_209_600),
    /** How long resolvers cache "no such name" (RFC 2308): short, so a new record shows up soon. */
    soaMinimum: integer("soa_minimum").notNull().default(300),
    updatedAt: updatedAt(),
  },
  (t) => [
    check("dns_settings_single_row", sql`${t.id}`),
    check("dns_settings_nameservers_present", sql`cardinality(${t.nameservers}) between 1 and 13`),
    check("dns_settings_hostmaster_present", sql`char_length(${t.hostmaster}) between 1 and 253`),
    check(
      "dns_settings_timers_positive",
      sql`least(${t.soaTtl}, ${t.nsTtl}, ${t.soaRefresh}, ${t.soaRetry}, ${t.soaExpire}, ${t.soaMinimum}) > 0`,
    ),
  ],
);

export type DnsZoneRow = typeof dnsZones.$inferSelect;
export type DnsRecordRow = typeof dnsRecords.$inferSelect;
export type DnsSettingsRow = typeof dnsSettings.$inferSelect;
