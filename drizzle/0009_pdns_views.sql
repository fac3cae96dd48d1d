-- PowerDNS's read-only view of the DNS tables (src/modules/dns/tables.ts); pdns/pdns.conf.template points gpgsql at it.
-- What PowerDNS (gpgsql backend, 4.7) reads: views over Guildhall's dns_zones, dns_records and
-- dns_settings, in a schema of their own. pdns/pdns.conf.template points every gpgsql read query at
-- them, so a change Guildhall commits is the next answer (no copy job, no lag). Idempotent; a later change
-- to a view is a new migration (`create or replace view` may append columns but not change or drop them).
--
-- Shapes are gpgsql's (see `pdns_server --launch=gpgsql --config=default | grep gpgsql-`):
--   * names are absolute, lowercase, without the trailing dot; domain_id is an integer (dns_zones.pdns_id);
--   * content is zone-file presentation form. Hostnames in it may keep their trailing dot: PowerDNS parses
--     every name in backend content as absolute, dot or not, and a bare "." (null MX) must keep it;
--   * MX and SRV: gpgsql builds the rdata as `prio || ' ' || content`, so the priority goes in `prio` and
--     `content` must not repeat it (dns_records_priority_format guarantees the leading number);
--   * TXT content stays the stored quoted strings, `"part1" "part2"`.
-- Empty non-terminals (`_tcp` under `_minecraft._tcp`, `dev` under `*.dev`) are answered by
-- pdns.is_empty_non_terminal, which the ANY-by-zone query adds as a typeless row: PowerDNS then answers
-- NOERROR/NODATA for them, and stops a wildcard higher up from matching below them (RFC 4592).
--
-- PowerDNS may connect as a role that can only read: views run with their owner's rights, so it needs
--   grant usage on schema pdns to <role>; grant select on all tables in schema pdns to <role>;
--   grant select on public.dns_zones, public.dns_records to <role>;  -- for pdns.is_empty_non_terminal

create schema if not exists pdns;
--> statement-breakpoint

-- One row per zone, shaped like gpgsql's `domains` table plus the composed SOA. The join with
-- dns_settings also makes the view non-updatable: PowerDNS can never write through it. Until Guildhall
-- has written dns_settings there are no rows, and PowerDNS answers REFUSED for every name.
create or replace view pdns.domains as
select
  z.pdns_id as id,
  z.name,
  null::text as master,
  0 as last_check,
  'NATIVE'::text as type,
  0::bigint as notified_serial,
  z.organisation_id::text as account,
  null::text as options,
  null::text as catalog,
  concat_ws(' ', s.nameservers[1] || '.', s.hostmaster || '.', z.serial, s.soa_refresh, s.soa_retry,
    s.soa_expire, s.soa_minimum) as soa_content,
  s.soa_ttl
from public.dns_zones z
cross join public.dns_settings s;
--> statement-breakpoint

-- Every record PowerDNS serves: the zone's own rows, its SOA, and the apex NS set from dns_settings.
-- Planned through the view, `name = $n` reaches dns_records_fqdn_type_idx in the first branch and
-- dns_zones_name_unique in the other two; `type = $n` removes the branches that cannot match.
create or replace view pdns.records as
select
  z.pdns_id as domain_id,
  r.fqdn as name,
  r.type,
  case when r.type in ('MX', 'SRV') then substr(r.content, strpos(r.content, ' ') + 1) else r.content end as content,
  r.ttl,
  case when r.type in ('MX', 'SRV') then split_part(r.content, ' ', 1)::integer else 0 end as prio,
  false as disabled,
  true as auth,
  null::text as ordername
from public.dns_records r
join public.dns_zones z on z.id = r.zone_id
union all
select d.id, d.name, 'SOA'::text, d.soa_content, d.soa_ttl, 0, false, true, null::text
from pdns.domains d
union all
select z.pdns_id, z.name, 'NS'::text, ns.host || '.', s.ns_ttl, 0, false, true, null::text
from public.dns_zones z
cross join public.dns_settings s
cross join lateral unnest(s.nameservers) as ns(host);
--> statement-breakpoint

-- gpgsql's domainmetadata and tsigkeys, empty: no zone has metadata (SOA-EDIT, ALSO-NOTIFY, ...) or TSIG
-- keys, but PowerDNS asks for metadata on every query, and for a key when a query is TSIG-signed.
create or replace view pdns.domain_metadata as
select null::integer as domain_id, null::text as name, null::text as kind, null::text as content
where false;
--> statement-breakpoint

create or replace view pdns.tsig_keys as
select null::text as name, null::text as algorithm, null::text as secret
where false;
--> statement-breakpoint

-- Whether `qname` is an empty non-terminal of the zone PowerDNS knows as `zone_id`: not the apex, no
-- records of its own, but records below it. The reversed-name range is dns_records_zone_reverse_fqdn_idx.
-- PL/pgSQL rather than SQL: it keeps its query plans for the session (a SQL function with sub-selects is
-- neither inlined nor cached, and planning it cost more than running it).
create or replace function pdns.is_empty_non_terminal(qname text, zone_id integer)
returns boolean
language plpgsql
stable
as $$
declare
  zone uuid;
  apex text;
begin
  select z.id, z.name into zone, apex from public.dns_zones z where z.pdns_id = is_empty_non_terminal.zone_id;
  if zone is null or apex = qname then
    return false;
  end if;
  return exists (
      select 1 from public.dns_records r
      where r.zone_id = zone
        and reverse(r.fqdn) collate "C" > reverse(qname) || '.'
        and reverse(r.fqdn) collate "C" < reverse(qname) || '/'
    )
    and not exists (select 1 from public.dns_records r where r.fqdn = qname and r.zone_id = zone);
end
$$;
