import type { MailDeliveryStatusEnum as MailDeliveryStatus } from '../../modules/invites/models.ts';
import type { InviteStatusEnum as InviteStatus } from '../../modules/invites/models.ts';
import type { OrgRoleEnum as OrgRole } from '../../modules/organisations/models.ts';
import type { PortalTierEnum as PortalTier } from '../../modules/organisations/models.ts';
import type { PlatformRoleEnum as PlatformRole } from '../../modules/users/models.ts';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityEntry as ActivityEntryModel, ActivityConnection as ActivityConnectionModel } from '../../modules/activity/models.ts';
import type { DnsZone as DnsZoneModel, DnsZoneConnection as DnsZoneConnectionModel, DnsRecord as DnsRecordModel, DnsRecordConnection as DnsRecordConnectionModel, DnsZoneFileRecord as DnsZoneFileRecordModel } from '../../modules/dns/models.ts';
import type { FeatureFlag as FeatureFlagModel, FeatureFlagOverride as FeatureFlagOverrideModel } from '../../modules/feature-flags/models.ts';
import type { Invite as InviteModel, InviteConnection as InviteConnectionModel, InvitingOrganisation as InvitingOrganisationModel, InviteDelivery as InviteDeliveryModel } from '../../modules/invites/models.ts';
import type { MailboxMessage as MailboxMessageModel, MailboxConnection as MailboxConnectionModel } from '../../modules/mailbox/models.ts';
import type { Membership as MembershipModel, MembershipConnection as MembershipConnectionModel, MembershipChange as MembershipChangeModel } from '../../modules/members/models.ts';
import type { ServerNode as ServerNodeModel } from '../../modules/nodes/models.ts';
import type { Organisation as OrganisationModel, PortalTierInfo as PortalTierInfoModel } from '../../modules/organisations/models.ts';
import type { Server as ServerModel, ServerConnection as ServerConnectionModel, OrganisationUsage as OrganisationUsageModel } from '../../modules/servers/models.ts';
import type { TunnelDevice as TunnelDeviceModel, TunnelDeviceConnection as TunnelDeviceConnectionModel } from '../../modules/tunnel-devices/models.ts';
import type { User as UserModel, Viewer as ViewerModel } from '../../modules/users/models.ts';
import type { RequestContext } from '../../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date and time with an offset, e.g. `2026-11-28T16:00:00.000Z`. */
  DateTime: { input: Date; output: Date; }
  /** A JSON object. */
  JSON: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /**
   * A file sent with the GraphQL multipart request spec (`graphql-upload`). Clients send `operations`,
   * `map` and the file as form fields, with an `apollo-require-preflight: true` header (Apollo's CSRF
   * protection refuses a multipart request without it).
   */
  Upload: { input: Promise<import('graphql-upload/processRequest.mjs').FileUpload>; output: Promise<import('graphql-upload/processRequest.mjs').FileUpload>; }
};

/** Which invitation to accept: give exactly one of `token` and `inviteId`. */
export type AcceptInviteInput = {
  /** The invitation's id; only for the verified owner of the invited address. */
  inviteId?: InputMaybe<Scalars['ID']['input']>;
  /** The token from the invitation email's link; works for any signed-in account. */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `acceptInvite`. */
export type AcceptInvitePayload = {
  __typename?: 'AcceptInvitePayload';
  /** The invitation, now `ACCEPTED`. */
  invite?: Maybe<Invite>;
  /** The new membership. */
  membership?: Maybe<Membership>;
  /** The organisation joined, with its new `memberCount`. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`, `EMAIL_NOT_VERIFIED`, `INVITE_EXPIRED`, `INVITE_REVOKED`, `INVITE_ALREADY_USED`, `ALREADY_MEMBER`. */
  userErrors: Array<UserError>;
  /** The viewer, whose `organisations` now include it and whose pending `invites` no longer do. */
  viewer?: Maybe<Viewer>;
};

/** A page of an organisation's activity, newest first. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** The entries with their cursors. */
  edges: Array<ActivityEdge>;
  /** The entries. */
  nodes: Array<ActivityEntry>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many entries match in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in an ActivityConnection. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ActivityEntry;
};

/** Something that happened in an organisation: who did what to which thing, when. */
export type ActivityEntry = {
  __typename?: 'ActivityEntry';
  /** What happened, e.g. `organisation.created`, `member.removed`. */
  action: Scalars['String']['output'];
  /** Who did it; null when the account no longer exists. */
  actor?: Maybe<User>;
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** The entry's id. */
  id: Scalars['ID']['output'];
  /** The client address the change came from; shown to owners, admins and platform admins only. */
  ip?: Maybe<Scalars['String']['output']>;
  /** Details of the change, e.g. `{ from, to }` for a rename. */
  metadata: Scalars['JSON']['output'];
  /** The id of the thing acted on. */
  targetId?: Maybe<Scalars['String']['output']>;
  /** The kind of thing acted on, e.g. `organisation`, `user`, `server`. */
  targetType?: Maybe<Scalars['String']['output']>;
};

/** Who to add to an organisation without an invitation: give exactly one of `userId` and `email`. */
export type AddMemberInput = {
  /** The account's email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
  /** `MEMBER` (default) or `ADMIN`. */
  role?: InputMaybe<OrgRole>;
  /** The account's id. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `addMember`. */
export type AddMemberPayload = {
  __typename?: 'AddMemberPayload';
  /** The new membership. */
  membership?: Maybe<Membership>;
  /** The organisation, with its new `memberCount`. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`, `USER_NOT_FOUND`, `ALREADY_MEMBER`. */
  userErrors: Array<UserError>;
};

/** Which node to dedicate to which organisation. */
export type AssignNodeToOrganisationInput = {
  /** The node; it must be in the shared pool and hold no servers of others. */
  nodeId: Scalars['ID']['input'];
  /** The organisation; it must be on the enterprise tier. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `assignNodeToOrganisation`. */
export type AssignNodeToOrganisationPayload = {
  __typename?: 'AssignNodeToOrganisationPayload';
  /** The node, now dedicated. */
  node?: Maybe<ServerNode>;
  /** The organisation, whose `nodes` now include it. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `ORGANISATION_NOT_ENTERPRISE`, `NODE_ALREADY_ASSIGNED`, `NODE_IN_USE`. */
  userErrors: Array<UserError>;
};

/** The result of `register` or `login`. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** The bearer token to send as `Authorization: Bearer <token>`. Shown once; only its hash is kept. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why it failed: `INVALID_INPUT`, `EMAIL_TAKEN`, `INVALID_CREDENTIALS`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
  /** The signed-in user; null when `userErrors` is not empty. */
  viewer?: Maybe<Viewer>;
};

/** The result of `clearActiveOrganisation`. */
export type ClearActiveOrganisationPayload = {
  __typename?: 'ClearActiveOrganisationPayload';
  /** Always empty: clearing cannot fail once signed in. */
  userErrors: Array<UserError>;
  /** The viewer, with no active organisation. */
  viewer?: Maybe<Viewer>;
};

/** Fields of a new DNS record. */
export type CreateDnsRecordInput = {
  /**
   * Its data: an address, a hostname (absolute, with or without the trailing dot), `priority host` (MX),
   * `priority weight port target` (SRV), `flags tag "value"` (CAA), or for TXT plain text or quoted strings.
   */
  content: Scalars['String']['input'];
  /** Its owner name: relative (`www`, `@` or empty for the apex) or absolute inside the zone (`www.example.com.`). */
  name: Scalars['String']['input'];
  /** Its TTL in seconds, 60 to 86400 (default 3600). */
  ttl?: InputMaybe<Scalars['Int']['input']>;
  /** Its type. */
  type: DnsRecordType;
  /** The zone to add it to. */
  zoneId: Scalars['ID']['input'];
};

/** The result of `createDnsRecord`. */
export type CreateDnsRecordPayload = {
  __typename?: 'CreateDnsRecordPayload';
  /** The new record. */
  dnsRecord?: Maybe<DnsRecord>;
  /** The zone after the change, with its new serial. */
  dnsZone?: Maybe<DnsZone>;
  /**
   * Why it failed: `INVALID_INPUT`, `NAME_OUTSIDE_ZONE`, `INVALID_TTL`, `INVALID_CONTENT`, `INVALID_SRV_NAME`,
   * `CNAME_AT_APEX`, `APEX_NS_RESERVED`, `DUPLICATE_RECORD`, `CNAME_CONFLICT`, `RECORD_LIMIT_REACHED`, `RATE_LIMITED`.
   */
  userErrors: Array<UserError>;
};

/** Fields of a new DNS zone. */
export type CreateDnsZoneInput = {
  /** The domain: `example.com`, any case, one optional trailing dot, internationalised or punycode. Not a public suffix. */
  name: Scalars['String']['input'];
  /** The organisation it belongs to (owners, admins, platform admins). */
  organisationId: Scalars['ID']['input'];
};

/** The result of `createDnsZone`. */
export type CreateDnsZonePayload = {
  __typename?: 'CreateDnsZonePayload';
  /** The new zone. */
  dnsZone?: Maybe<DnsZone>;
  /** Why it failed: `INVALID_INPUT`, `INVALID_ZONE_NAME`, `PUBLIC_SUFFIX`, `ZONE_TAKEN`, `ZONE_OVERLAPS`, `ZONE_LIMIT_REACHED`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

/** Fields of a new node (it starts in the shared pool). */
export type CreateNodeInput = {
  /** How many servers it can hold, 0 to 100000. */
  capacity: Scalars['Int']['input'];
  /** The daemon's host name, e.g. `node1.example.com`; unique. */
  fqdn: Scalars['String']['input'];
  /** Where it stands, 1 to 100 characters. */
  location: Scalars['String']['input'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** The result of `createNode`. */
export type CreateNodePayload = {
  __typename?: 'CreateNodePayload';
  /** The new node. */
  node?: Maybe<ServerNode>;
  /** Why it failed: `INVALID_INPUT`, `NODE_FQDN_TAKEN`. */
  userErrors: Array<UserError>;
};

/** Fields to create an organisation. */
export type CreateOrganisationInput = {
  /** Globally unique handle: 3 to 39 lowercase letters, digits and single hyphens, not starting or ending with a hyphen, not a reserved word. */
  handle: Scalars['String']['input'];
  /** Display name, 1 to 100 characters after trimming. */
  name: Scalars['String']['input'];
};

/** The result of `createOrganisation`. */
export type CreateOrganisationPayload = {
  __typename?: 'CreateOrganisationPayload';
  /** The new organisation; the viewer is its owner. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`, `HANDLE_TAKEN`. */
  userErrors: Array<UserError>;
  /** The viewer, whose `organisations` now include it. */
  viewer?: Maybe<Viewer>;
};

/** Fields of a new server. */
export type CreateServerInput = {
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The node to place it on; leave out to let Guildhall choose (dedicated nodes first, then the shared node with the most room). */
  nodeId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation it belongs to (owners and admins); leave out for a personal server. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `createServer`. */
export type CreateServerPayload = {
  __typename?: 'CreateServerPayload';
  /** The organisation it belongs to, with its new `usage`; null for a personal server. */
  organisation?: Maybe<Organisation>;
  /** The new server (its `node` has the new `serverCount`). */
  server?: Maybe<Server>;
  /** Why it failed: `INVALID_INPUT`, `TIER_LIMIT_REACHED`, `PERSONAL_SERVER_LIMIT_REACHED`, `NODE_NOT_AVAILABLE`, `NODE_FULL`, `NO_CAPACITY`. */
  userErrors: Array<UserError>;
};

/** Fields of a new tunnel device. */
export type CreateTunnelDeviceInput = {
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** The organisation that will own it (owners and admins); leave out for a personal device. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `createTunnelDevice`. */
export type CreateTunnelDevicePayload = {
  __typename?: 'CreateTunnelDevicePayload';
  /** The secret the device enrolls with. Shown this once: only its hash is kept. */
  enrollmentSecret?: Maybe<Scalars['String']['output']>;
  /** The organisation that owns it (its `tunnelDevices` changed); null for a personal device. */
  organisation?: Maybe<Organisation>;
  /** The new device. */
  tunnelDevice?: Maybe<TunnelDevice>;
  /** Why it failed: `INVALID_INPUT`. */
  userErrors: Array<UserError>;
};

/** Which record to delete. */
export type DeleteDnsRecordInput = {
  /** The record. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteDnsRecord`. */
export type DeleteDnsRecordPayload = {
  __typename?: 'DeleteDnsRecordPayload';
  /** The id of the deleted record. */
  deletedDnsRecordId?: Maybe<Scalars['ID']['output']>;
  /** The zone after the change, with its new serial. */
  dnsZone?: Maybe<DnsZone>;
  /** Why it failed: `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

/** Which zone to delete. */
export type DeleteDnsZoneInput = {
  /** The zone. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteDnsZone`. */
export type DeleteDnsZonePayload = {
  __typename?: 'DeleteDnsZonePayload';
  /** The id of the deleted zone. */
  deletedDnsZoneId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed: `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

/** Which node to delete. */
export type DeleteNodeInput = {
  /** The node; it must hold no servers. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteNode`. */
export type DeleteNodePayload = {
  __typename?: 'DeleteNodePayload';
  /** The id of the deleted node: evict `ServerNode:<id>` from a client cache. */
  deletedNodeId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed: `NODE_IN_USE`. */
  userErrors: Array<UserError>;
};

/** Which organisation to delete. */
export type DeleteOrganisationInput = {
  /** The organisation to delete, with everything it owns. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteOrganisation`. */
export type DeleteOrganisationPayload = {
  __typename?: 'DeleteOrganisationPayload';
  /** The id of the organisation that was deleted: evict `Organisation:<id>` from a client cache. */
  deletedOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** Expected failures (none at present: access errors are GraphQL errors). */
  userErrors: Array<UserError>;
  /** The viewer, whose `organisations` no longer include it. */
  viewer?: Maybe<Viewer>;
};

/** Which server to delete. */
export type DeleteServerInput = {
  /** The server. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteServer`. */
export type DeleteServerPayload = {
  __typename?: 'DeleteServerPayload';
  /** The id of the deleted server: evict `Server:<id>` from a client cache. */
  deletedServerId?: Maybe<Scalars['ID']['output']>;
  /** The node it ran on, with its new `serverCount`. */
  node?: Maybe<ServerNode>;
  /** The organisation it belonged to, with its new `usage`; null for a personal server. */
  organisation?: Maybe<Organisation>;
  /** Expected failures (none at present: access errors are GraphQL errors). */
  userErrors: Array<UserError>;
};

/** Which tunnel device to delete. */
export type DeleteTunnelDeviceInput = {
  /** The device. */
  id: Scalars['ID']['input'];
};

/** The result of `deleteTunnelDevice`. */
export type DeleteTunnelDevicePayload = {
  __typename?: 'DeleteTunnelDevicePayload';
  /** The id of the deleted device: evict `TunnelDevice:<id>` from a client cache. */
  deletedTunnelDeviceId?: Maybe<Scalars['ID']['output']>;
  /** The organisation that owned it (its `tunnelDevices` changed); null for a personal device. */
  organisation?: Maybe<Organisation>;
  /** Expected failures (none at present: access errors are GraphQL errors). */
  userErrors: Array<UserError>;
};

/** A record in a DNS zone. */
export type DnsRecord = {
  __typename?: 'DnsRecord';
  /** Its owner name in full, without the trailing dot: `www.example.com`. */
  absoluteName: Scalars['String']['output'];
  /**
   * Its data in zone-file presentation form, hostnames absolute with the trailing dot: `203.0.113.10`,
   * `10 mail.example.com.`, `0 5 25565 mc.example.com.`, `0 issue "letsencrypt.org"`, TXT as quoted strings.
   */
  content: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** Its owner name relative to the zone: `@` for the apex, `www`, `*.play`, `_minecraft._tcp`. */
  name: Scalars['String']['output'];
  /** How long resolvers may cache it, in seconds (60 to 86400). */
  ttl: Scalars['Int']['output'];
  /** Its type. */
  type: DnsRecordType;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** For a TXT record, the text it carries with its strings joined (`v=spf1 -all`); null for other types. */
  value?: Maybe<Scalars['String']['output']>;
  /** The zone it belongs to. */
  zone: DnsZone;
  /** The id of the zone it belongs to. */
  zoneId: Scalars['ID']['output'];
};

/** A page of a zone's records, oldest first. */
export type DnsRecordConnection = {
  __typename?: 'DnsRecordConnection';
  /** The records with their cursors. */
  edges: Array<DnsRecordEdge>;
  /** The records. */
  nodes: Array<DnsRecord>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many records match in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a DnsRecordConnection. */
export type DnsRecordEdge = {
  __typename?: 'DnsRecordEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: DnsRecord;
};

/**
 * A record type Guildhall serves. The SOA and the apex NS records are composed by Guildhall from its own
 * nameserver settings, never stored as records.
 */
export type DnsRecordType =
  /** An IPv4 address. */
  | 'A'
  /** An IPv6 address. */
  | 'AAAA'
  /** Which certificate authorities may issue for the name: `flags tag "value"`. */
  | 'CAA'
  /** An alias: every query for this name goes to the target instead. Alone at its name, never at the apex. */
  | 'CNAME'
  /** A mail exchanger: `priority host`. */
  | 'MX'
  /** Delegates a subdomain to other nameservers (the apex NS records are Guildhall's). */
  | 'NS'
  /** A pointer to a hostname, as reverse zones use. */
  | 'PTR'
  /** A service location: `priority weight port target`, at a `_service._proto` name. */
  | 'SRV'
  /** Text: SPF, DKIM, domain verification. */
  | 'TXT';

/**
 * A DNS zone an organisation keeps in Guildhall, which PowerDNS serves as it stands after every change. Its
 * SOA and apex NS records are Guildhall's (`nameservers`); everything else is its records.
 */
export type DnsZone = {
  __typename?: 'DnsZone';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when that account no longer exists. */
  createdBy?: Maybe<User>;
  /** The zone's id. */
  id: Scalars['ID']['output'];
  /** The zone's name in ASCII, lowercase, without the trailing dot (internationalised names as punycode): `example.com`. */
  name: Scalars['String']['output'];
  /** The nameservers that answer for the zone (its SOA and apex NS records): delegate the domain to these at its registrar. */
  nameservers: Array<Scalars['String']['output']>;
  /** The organisation it belongs to. */
  organisation: Organisation;
  /** The id of the organisation it belongs to. */
  organisationId: Scalars['ID']['output'];
  /** The zone's records, oldest first, optionally of one type or at one name. */
  records: DnsRecordConnection;
  /**
   * The SOA serial, which goes up by one with every change to the zone (a counter, wrapping from 4294967295
   * to 0 as RFC 1982 allows). A Float because GraphQL's Int stops at 2147483647; it is always a whole number.
   */
  serial: Scalars['Float']['output'];
  /** The zone's name as people read it, internationalised labels decoded: `bücher.example`. */
  unicodeName: Scalars['String']['output'];
  /** When it last changed (any change to its records counts). */
  updatedAt: Scalars['DateTime']['output'];
  /** The zone as an RFC 1035 zone file: `$ORIGIN`, `$TTL`, the SOA and apex NS records, then every record. */
  zoneFile: Scalars['String']['output'];
};


/**
 * A DNS zone an organisation keeps in Guildhall, which PowerDNS serves as it stands after every change. Its
 * SOA and apex NS records are Guildhall's (`nameservers`); everything else is its records.
 */
export type DnsZoneRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<DnsRecordType>;
};

/** A page of DNS zones, oldest first. */
export type DnsZoneConnection = {
  __typename?: 'DnsZoneConnection';
  /** The zones with their cursors. */
  edges: Array<DnsZoneEdge>;
  /** The zones. */
  nodes: Array<DnsZone>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many zones there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a DnsZoneConnection. */
export type DnsZoneEdge = {
  __typename?: 'DnsZoneEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The zone. */
  node: DnsZone;
};

/** A record as a zone file holds it: what an import adds or removes. */
export type DnsZoneFileRecord = {
  __typename?: 'DnsZoneFileRecord';
  /** Its owner name in full, without the trailing dot. */
  absoluteName: Scalars['String']['output'];
  /** Its data in zone-file presentation form. */
  content: Scalars['String']['output'];
  /** Its owner name relative to the zone (`@` for the apex). */
  name: Scalars['String']['output'];
  /** Its TTL in seconds. */
  ttl: Scalars['Int']['output'];
  /** Its type. */
  type: DnsRecordType;
  /** For a TXT record, the text it carries; null for other types. */
  value?: Maybe<Scalars['String']['output']>;
};

/**
 * A feature that can be switched on or off: globally (the stored value, else the server's FEATURES
 * setting) and per organisation (an override wins over the global value). Platform admins only. It has no
 * `id`: its `name` is its key (Apollo Client: `typePolicies: { FeatureFlag: { keyFields: ["name"] } }`).
 */
export type FeatureFlag = {
  __typename?: 'FeatureFlag';
  /** The global value: the stored one, or the server's FEATURES setting when none is stored. */
  enabled: Scalars['Boolean']['output'];
  /** The flag's name, e.g. `dns`. */
  name: Scalars['String']['output'];
  /** Organisations whose value differs from the global one by an override. */
  overrides: Array<FeatureFlagOverride>;
  /** Whether the global value was set by a platform admin (true) or comes from FEATURES (false). */
  stored: Scalars['Boolean']['output'];
};

/** An organisation's own value of a flag (kept inside its FeatureFlag in a client cache: it has no key of its own). */
export type FeatureFlagOverride = {
  __typename?: 'FeatureFlagOverride';
  /** Whether the feature is on for it. */
  enabled: Scalars['Boolean']['output'];
  /** The organisation. */
  organisation: Organisation;
  /** When the override was last set. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A zone file to make a zone's records equal to. */
export type ImportDnsZoneInput = {
  /** True: report what would be added and removed, and change nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** An RFC 1035 zone file. Its SOA and apex NS records are skipped: those are Guildhall's. */
  zoneFile: Scalars['String']['input'];
  /** The zone. */
  zoneId: Scalars['ID']['input'];
};

/** The result of `importDnsZone`. */
export type ImportDnsZonePayload = {
  __typename?: 'ImportDnsZonePayload';
  /** Records in the file and not in the zone: added (or that would be). */
  added?: Maybe<Array<DnsZoneFileRecord>>;
  /** The zone after the import (as it was, for a dry run). */
  dnsZone?: Maybe<DnsZone>;
  /** Whether this was a dry run, which changed nothing. */
  dryRun?: Maybe<Scalars['Boolean']['output']>;
  /** How many of the file's records were skipped as Guildhall's own (the SOA and apex NS). */
  ignored?: Maybe<Scalars['Int']['output']>;
  /** Records in the zone and not in the file: removed (or that would be). A TTL change is one removal and one addition. */
  removed?: Maybe<Array<DnsZoneFileRecord>>;
  /** How many records the zone and the file share. */
  unchanged?: Maybe<Scalars['Int']['output']>;
  /** Why it failed: `INVALID_ZONE_FILE` (its message starts `line N:`), `RECORD_LIMIT_REACHED`, `INVALID_INPUT`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

/** An invitation of an email address into an organisation. Its secret token is never shown: it travels only in the email. */
export type Invite = {
  __typename?: 'Invite';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How its latest email fared; null for anyone but the organisation's owners, admins and platform admins. */
  delivery?: Maybe<InviteDelivery>;
  /** True when its latest email failed for good (a day of failures); false for anyone who may not see delivery. */
  deliveryFailed: Scalars['Boolean']['output'];
  /** The invited address (lower-case). */
  email: Scalars['String']['output'];
  /** When it stops being valid (resending extends it). */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation's id. */
  id: Scalars['ID']['output'];
  /** Who sent it; null if that account no longer exists. */
  invitedBy?: Maybe<User>;
  /** The organisation it is for. */
  organisation: InvitingOrganisation;
  /** The role the invitee gets on accepting: `ADMIN` or `MEMBER`. */
  role: OrgRole;
  /** Where it stands. */
  status: InviteStatus;
};

/** A page of an organisation's invitations, newest first. */
export type InviteConnection = {
  __typename?: 'InviteConnection';
  /** The invitations with their cursors. */
  edges: Array<InviteEdge>;
  /** The invitations. */
  nodes: Array<Invite>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many invitations match in all (with the `status` filter, if any), across every page. */
  totalCount: Scalars['Int']['output'];
};

/** How the latest email for an invitation fared. Shown to the organisation's owners and admins only (kept inside its Invite in a client cache). */
export type InviteDelivery = {
  __typename?: 'InviteDelivery';
  /** How many times sending has been tried. */
  attempts: Scalars['Int']['output'];
  /** Why the last try failed, if it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Where the email stands. */
  status: MailDeliveryStatus;
};

/** An edge in an InviteConnection. */
export type InviteEdge = {
  __typename?: 'InviteEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The invitation. */
  node: Invite;
};

/** Who to invite, and as what. */
export type InviteMemberInput = {
  /** The address to invite; trimmed and lower-cased. */
  email: Scalars['String']['input'];
  /** The organisation to invite into. */
  organisationId: Scalars['ID']['input'];
  /** `MEMBER` (default) or `ADMIN`; never `OWNER`. */
  role?: InputMaybe<OrgRole>;
};

/** The result of `inviteMember`. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The new invitation. */
  invite?: Maybe<Invite>;
  /** Why it failed: `INVALID_INPUT`, `CANNOT_INVITE_SELF`, `ALREADY_MEMBER`, `INVITE_PENDING`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

export { InviteStatus };

/**
 * The organisation an invitation is for, as its invitee may see it before joining. Its `id` is the
 * organisation's; a client cache keeps it apart from `Organisation` by its type name.
 */
export type InvitingOrganisation = {
  __typename?: 'InvitingOrganisation';
  /** URL of its avatar, if any. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** Its handle. */
  handle: Scalars['String']['output'];
  /** The organisation's id. */
  id: Scalars['ID']['output'];
  /** Its display name. */
  name: Scalars['String']['output'];
};

/** Which organisation to leave. */
export type LeaveOrganisationInput = {
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `leaveOrganisation`. */
export type LeaveOrganisationPayload = {
  __typename?: 'LeaveOrganisationPayload';
  /**
   * The organisation, with its new `memberCount`, for a viewer who may still read it (a platform admin);
   * null for everyone else, who can no longer see it.
   */
  organisation?: Maybe<Organisation>;
  /** The organisation left: evict `Organisation:<id>` from a client cache unless `organisation` is set. */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed: `OWNER_CANNOT_LEAVE` (transfer ownership first), `NOT_A_MEMBER`. */
  userErrors: Array<UserError>;
  /** The viewer, whose `organisations` (and `activeOrganisation`) no longer include it. */
  viewer?: Maybe<Viewer>;
};

/** Credentials to sign in. */
export type LoginInput = {
  /** The account's email address. */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
};

/** The result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** True when the session's token has been revoked. */
  loggedOut: Scalars['Boolean']['output'];
  /** Always empty: logging out cannot fail once signed in. */
  userErrors: Array<UserError>;
};

export { MailDeliveryStatus };

/** A page of the viewer's mailbox, newest first. */
export type MailboxConnection = {
  __typename?: 'MailboxConnection';
  /** The messages with their cursors. */
  edges: Array<MailboxEdge>;
  /** The messages. */
  nodes: Array<MailboxMessage>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many messages match in all. */
  totalCount: Scalars['Int']['output'];
  /** How many of the viewer's messages are unread. */
  unreadCount: Scalars['Int']['output'];
};

/** An edge in a MailboxConnection. */
export type MailboxEdge = {
  __typename?: 'MailboxEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: MailboxMessage;
};

/** A message in a user's in-app mailbox: an invitation, being added or removed, a role change. */
export type MailboxMessage = {
  __typename?: 'MailboxMessage';
  /** The message. */
  body: Scalars['String']['output'];
  /** When it arrived. */
  createdAt: Scalars['DateTime']['output'];
  /** The message's id. */
  id: Scalars['ID']['output'];
  /** The invitation it concerns, for `invite` messages (see `viewer.invites`). */
  inviteId?: Maybe<Scalars['ID']['output']>;
  /** What it is about, e.g. `invite`, `member.added`, `member.role_changed`, `member.removed`, `organisation.ownership_transferred`. */
  kind: Scalars['String']['output'];
  /** The organisation it concerns, if any. */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** Whether it has been read. */
  read: Scalars['Boolean']['output'];
  /** When it was read. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** A one-line summary. */
  title: Scalars['String']['output'];
};

/** The result of `markAllMailboxMessagesRead`. */
export type MarkAllMailboxMessagesReadPayload = {
  __typename?: 'MarkAllMailboxMessagesReadPayload';
  /** The messages this marked read (those that were unread), now read. */
  messages: Array<MailboxMessage>;
  /** Unread messages left: 0. */
  unreadCount: Scalars['Int']['output'];
  /** Always empty. */
  userErrors: Array<UserError>;
};

/** Which message to mark read. */
export type MarkMailboxMessageReadInput = {
  /** The message's id. */
  id: Scalars['ID']['input'];
};

/** The result of `markMailboxMessageRead`. */
export type MarkMailboxMessageReadPayload = {
  __typename?: 'MarkMailboxMessageReadPayload';
  /** The message, now read. */
  message?: Maybe<MailboxMessage>;
  /** How many of the viewer's messages are still unread (`MailboxConnection.unreadCount` is not normalised: copy it over). */
  unreadCount?: Maybe<Scalars['Int']['output']>;
  /** Expected failures (none at present: another user's message is NOT_FOUND). */
  userErrors: Array<UserError>;
};

/** One user's membership of an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** The membership's id. */
  id: Scalars['ID']['output'];
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** Their role. */
  role: OrgRole;
  /** The member. */
  user: User;
};

/**
 * A change to an organisation's memberships, as `membershipChanged` reports it. An event, with no key of its
 * own: a client cache keeps the organisation and memberships inside it, by their ids.
 */
export type MembershipChange = {
  __typename?: 'MembershipChange';
  /** What happened: `member.added`, `invite.accepted`, `member.role_changed`, `organisation.ownership_transferred`, `member.left` or `member.removed`. */
  action: Scalars['String']['output'];
  /** The activity entry that recorded the change. */
  activity: ActivityEntry;
  /**
   * The memberships the change concerns, as they now are: the joiner's or the target's, both owners' for a
   * transfer; empty when the membership ended (left, removed).
   */
  memberships: Array<Membership>;
  /** The organisation as it now is (its `memberCount`, its `ownerId`). */
  organisation: Organisation;
  /** The user who joined, left, was removed or whose role changed (for a transfer, the new owner). */
  userId: Scalars['ID']['output'];
};

/** A page of an organisation's members. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships with their cursors. */
  edges: Array<MembershipEdge>;
  /** The memberships. */
  nodes: Array<Membership>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many members there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a MembershipConnection. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accepts an invitation, by the emailed token or, for the verified invitee, by id. */
  acceptInvite: AcceptInvitePayload;
  /** Adds an existing account to an organisation without an invitation (owner, admin or platform admin). */
  addMember: AddMemberPayload;
  /** Dedicates a node to an enterprise organisation (platform admins); recorded in its activity. */
  assignNodeToOrganisation: AssignNodeToOrganisationPayload;
  /** Clears the viewer's active organisation. */
  clearActiveOrganisation: ClearActiveOrganisationPayload;
  /** Adds a record to a DNS zone (owners, admins, platform admins). */
  createDnsRecord: CreateDnsRecordPayload;
  /** Creates a DNS zone for an organisation (owners, admins, platform admins). */
  createDnsZone: CreateDnsZonePayload;
  /** Adds a node to the shared pool (platform admins). */
  createNode: CreateNodePayload;
  /** Creates an organisation on the free tier with the viewer as its owner. */
  createOrganisation: CreateOrganisationPayload;
  /** Creates a personal server, or an organisation server (owners, admins, platform admins), within the applicable limit. */
  createServer: CreateServerPayload;
  /** Creates a tunnel device (an organisation's: owners and admins) and returns its enrollment secret once. */
  createTunnelDevice: CreateTunnelDevicePayload;
  /** Deletes a DNS record (owners, admins, platform admins). */
  deleteDnsRecord: DeleteDnsRecordPayload;
  /** Deletes a DNS zone and all its records (owners, admins, platform admins); PowerDNS stops answering for it. */
  deleteDnsZone: DeleteDnsZonePayload;
  /** Deletes a node that holds no servers (platform admins). */
  deleteNode: DeleteNodePayload;
  /** Deletes an organisation and everything it owns (owner or platform admin). */
  deleteOrganisation: DeleteOrganisationPayload;
  /** Deletes a server: an organisation's (owners, admins, platform admins) or the viewer's personal one. */
  deleteServer: DeleteServerPayload;
  /** Deletes a tunnel device (an organisation's: owners and admins; a personal one: its owner). */
  deleteTunnelDevice: DeleteTunnelDevicePayload;
  /** Makes a zone's records equal to a zone file's, all or nothing, or with `dryRun` only reports the difference (owners, admins, platform admins). */
  importDnsZone: ImportDnsZonePayload;
  /** Invites an email address into an organisation (owner or admin) and emails them a link. */
  inviteMember: InviteMemberPayload;
  /** Leaves an organisation (any member but the owner). */
  leaveOrganisation: LeaveOrganisationPayload;
  /** Signs in. Failed attempts are rate-limited per account and per client address. */
  login: AuthPayload;
  /** Revokes the token this request was made with. */
  logout: LogoutPayload;
  /** Marks all the viewer's messages read. */
  markAllMailboxMessagesRead: MarkAllMailboxMessagesReadPayload;
  /** Marks one of the viewer's messages read. */
  markMailboxMessageRead: MarkMailboxMessageReadPayload;
  /** Creates an account and signs it in. */
  register: AuthPayload;
  /** Declines an invitation (the invitee only). */
  rejectInvite: RejectInvitePayload;
  /** Removes a member (the owner: anyone else; an admin: members only). */
  removeMember: RemoveMemberPayload;
  /** Owners, admins and platform admins: remove the organisation's avatar (recorded in its activity). */
  removeOrganisationAvatar: RemoveOrganisationAvatarPayload;
  /** Renames a tunnel device (an organisation's: owners and admins; a personal one: its owner). */
  renameTunnelDevice: RenameTunnelDevicePayload;
  /** Sends a pending invitation again with a new link and expiry (owner or admin). */
  resendInvite: ResendInvitePayload;
  /** Sends the viewer a new verification link (earlier links stop working). */
  resendVerificationEmail: ResendVerificationEmailPayload;
  /** Withdraws a pending invitation (owner or admin). */
  revokeInvite: RevokeInvitePayload;
  /** Makes an organisation the viewer's active one (members only). */
  selectOrganisation: SelectOrganisationPayload;
  /** Platform admins: switch a feature on or off, globally or for one organisation (recorded in its activity). */
  setFeatureFlag: SetFeatureFlagPayload;
  /** Changes a member's role; making someone `OWNER` transfers ownership. */
  setMemberRole: SetMemberRolePayload;
  /** Owners, admins and platform admins: upload the organisation's avatar (recorded in its activity). */
  setOrganisationAvatar: SetOrganisationAvatarPayload;
  /** Returns a dedicated node to the shared pool (platform admins); recorded in the organisation's activity. */
  unassignNode: UnassignNodePayload;
  /** Changes a DNS record (owners, admins, platform admins). */
  updateDnsRecord: UpdateDnsRecordPayload;
  /** Changes a node (platform admins). */
  updateNode: UpdateNodePayload;
  /** Renames an organisation (owner or admin) or changes its tier (platform admin). */
  updateOrganisation: UpdateOrganisationPayload;
  /** Marks an account's address verified, with the token from the verification email. No sign-in needed. */
  verifyEmail: VerifyEmailPayload;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationAcceptInviteArgs = {
  input: AcceptInviteInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationAddMemberArgs = {
  input: AddMemberInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationAssignNodeToOrganisationArgs = {
  input: AssignNodeToOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateDnsRecordArgs = {
  input: CreateDnsRecordInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateDnsZoneArgs = {
  input: CreateDnsZoneInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateNodeArgs = {
  input: CreateNodeInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateServerArgs = {
  input: CreateServerInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationCreateTunnelDeviceArgs = {
  input: CreateTunnelDeviceInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteDnsRecordArgs = {
  input: DeleteDnsRecordInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteDnsZoneArgs = {
  input: DeleteDnsZoneInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteNodeArgs = {
  input: DeleteNodeInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteOrganisationArgs = {
  input: DeleteOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteServerArgs = {
  input: DeleteServerInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationDeleteTunnelDeviceArgs = {
  input: DeleteTunnelDeviceInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationImportDnsZoneArgs = {
  input: ImportDnsZoneInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationLeaveOrganisationArgs = {
  input: LeaveOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationMarkMailboxMessageReadArgs = {
  input: MarkMailboxMessageReadInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRejectInviteArgs = {
  input: RejectInviteInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRemoveOrganisationAvatarArgs = {
  input: RemoveOrganisationAvatarInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRenameTunnelDeviceArgs = {
  input: RenameTunnelDeviceInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationResendInviteArgs = {
  input: ResendInviteInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationRevokeInviteArgs = {
  input: RevokeInviteInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationSelectOrganisationArgs = {
  input: SelectOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationSetFeatureFlagArgs = {
  input: SetFeatureFlagInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationSetMemberRoleArgs = {
  input: SetMemberRoleInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationSetOrganisationAvatarArgs = {
  input: SetOrganisationAvatarInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationUnassignNodeArgs = {
  input: UnassignNodeInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationUpdateDnsRecordArgs = {
  input: UpdateDnsRecordInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationUpdateNodeArgs = {
  input: UpdateNodeInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/**
 * The write entry points. Every mutation returns a payload with `userErrors`, and the objects it changed
 * (with their ids), so a normalised client cache never needs a refetch.
 */
export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};

export { OrgRole };

/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type Organisation = {
  __typename?: 'Organisation';
  /** What happened here, newest first. */
  activity: ActivityConnection;
  /** URL of the avatar image, if one was uploaded. */
  avatarUrl?: Maybe<Scalars['String']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The organisation's DNS zones, oldest first. Null, with a `FEATURE_DISABLED` error, when DNS is off for the
   * organisation.
   */
  dnsZones?: Maybe<DnsZoneConnection>;
  /** The features on for this organisation, e.g. `["dns"]`. */
  enabledFeatures: Array<Scalars['String']['output']>;
  /** Its globally unique handle, e.g. `apex-gaming`. */
  handle: Scalars['String']['output'];
  /** The organisation's id. */
  id: Scalars['ID']['output'];
  /** Its invitations, newest first (owners, admins and platform admins; others get FORBIDDEN). */
  invites: InviteConnection;
  /** How many members it has. */
  memberCount: Scalars['Int']['output'];
  /** Its members, in the order they joined. */
  members: MembershipConnection;
  /** Its display name. */
  name: Scalars['String']['output'];
  /** The nodes dedicated to this organisation, oldest first. */
  nodes: Array<ServerNode>;
  /** The owner. */
  owner: User;
  /** The id of the owner. */
  ownerId: Scalars['ID']['output'];
  /** The organisation's portal tier. */
  portalTier: PortalTier;
  /** What the portal tier allows. */
  portalTierInfo: PortalTierInfo;
  /** The organisation's servers, oldest first. */
  servers: ServerConnection;
  /** The organisation's tunnel devices, oldest first. */
  tunnelDevices: TunnelDeviceConnection;
  /** When its name or tier last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where the organisation stands against its portal tier. */
  usage: OrganisationUsage;
  /** The viewer's role here; null for a platform admin who is not a member. */
  viewerRole?: Maybe<OrgRole>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationActivityArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationDnsZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationInvitesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InviteStatus>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationServersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A shared workspace: users grouped around servers, nodes, DNS zones and tunnel devices under one handle. */
export type OrganisationTunnelDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where an organisation stands against its portal tier (kept inside its organisation in a client cache). */
export type OrganisationUsage = {
  __typename?: 'OrganisationUsage';
  /** Its servers against the tier's cap. */
  servers: ServerUsage;
};

/** Where a page of a connection ends, and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last edge on this page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
};

export { PlatformRole };

export { PortalTier };

/**
 * What a portal tier allows. It has no `id`: its `tier` is its key (Apollo Client:
 * `typePolicies: { PortalTierInfo: { keyFields: ["tier"] } }`).
 */
export type PortalTierInfo = {
  __typename?: 'PortalTierInfo';
  /** Its name as shown to people, e.g. `Pro Portal`. */
  displayName: Scalars['String']['output'];
  /** How many servers an organisation on this tier may have; null means unlimited. */
  maxServers?: Maybe<Scalars['Int']['output']>;
  /** The tier. */
  tier: PortalTier;
};

/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type Query = {
  __typename?: 'Query';
  /** One DNS zone: for its organisation's members and platform admins; anyone else is told it was not found. */
  dnsZone?: Maybe<DnsZone>;
  /** Platform admins: every feature flag with its global value and overrides. */
  featureFlags: Array<FeatureFlag>;
  /** True when the handle is well-formed, not reserved and not taken. */
  handleAvailable: Scalars['Boolean']['output'];
  /** Platform admins: every node. Everyone else: the nodes they could place a server on (the shared pool and their organisations' dedicated nodes). */
  nodes: Array<ServerNode>;
  /** An organisation the viewer belongs to (platform admins: any). Anyone else gets NOT_FOUND. */
  organisation: Organisation;
  /** Like `organisation`, by handle. */
  organisationByHandle: Organisation;
  /** Every portal tier with what it allows. */
  portalTiers: Array<PortalTierInfo>;
  /**
   * The signed-in user, or null for an anonymous request (no `Authorization` header). A token that signs no
   * one in (unknown, expired, revoked) is an UNAUTHENTICATED error here, so a client knows to drop it; the
   * other public fields (`login`, `register`, `portalTiers`, …) serve such a caller as anonymous.
   */
  viewer?: Maybe<Viewer>;
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryDnsZoneArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryHandleAvailableArgs = {
  handle: Scalars['String']['input'];
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


/** The read entry points. Each field says whether it needs a signed-in viewer. */
export type QueryOrganisationByHandleArgs = {
  handle: Scalars['String']['input'];
};

/** Fields to create an account. */
export type RegisterInput = {
  /** Email address; trimmed and compared case-insensitively. */
  email: Scalars['String']['input'];
  /** Given name (optional, up to 100 characters). */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Family name (optional, up to 100 characters). */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** At least 8 characters. */
  password: Scalars['String']['input'];
};

/** Which invitation to decline. */
export type RejectInviteInput = {
  /** The invitation's id (the viewer's verified address must be the invited one). */
  inviteId: Scalars['ID']['input'];
};

/** The result of `rejectInvite`. */
export type RejectInvitePayload = {
  __typename?: 'RejectInvitePayload';
  /** The invitation, now `REJECTED`. */
  invite?: Maybe<Invite>;
  /** Why it failed: `EMAIL_NOT_VERIFIED`, `INVITE_EXPIRED`, `INVITE_REVOKED`, `INVITE_ALREADY_USED`. */
  userErrors: Array<UserError>;
  /** The viewer, whose pending `invites` no longer include it. */
  viewer?: Maybe<Viewer>;
};

/** Who to remove. */
export type RemoveMemberInput = {
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
  /** The member to remove. */
  userId: Scalars['ID']['input'];
};

/** The result of `removeMember`. */
export type RemoveMemberPayload = {
  __typename?: 'RemoveMemberPayload';
  /** The organisation, with its new `memberCount`. */
  organisation?: Maybe<Organisation>;
  /** The id of the membership that ended: evict `Membership:<id>` from a client cache. */
  removedMembershipId?: Maybe<Scalars['ID']['output']>;
  /** The id of the user removed. */
  removedUserId?: Maybe<Scalars['ID']['output']>;
  /** Why it failed: `MEMBER_NOT_FOUND`, `OWNER_CANNOT_LEAVE`. */
  userErrors: Array<UserError>;
};

/** An avatar to remove. */
export type RemoveOrganisationAvatarInput = {
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `removeOrganisationAvatar`. */
export type RemoveOrganisationAvatarPayload = {
  __typename?: 'RemoveOrganisationAvatarPayload';
  /** The organisation, its `avatarUrl` now null. */
  organisation?: Maybe<Organisation>;
  /** Expected failures (none today; access errors are GraphQL errors). */
  userErrors: Array<UserError>;
};

/** A new name for a tunnel device. */
export type RenameTunnelDeviceInput = {
  /** The device. */
  id: Scalars['ID']['input'];
  /** Its new name, 1 to 100 characters. */
  name: Scalars['String']['input'];
};

/** The result of `renameTunnelDevice`. */
export type RenameTunnelDevicePayload = {
  __typename?: 'RenameTunnelDevicePayload';
  /** The device as it now is. */
  tunnelDevice?: Maybe<TunnelDevice>;
  /** Why it failed: `INVALID_INPUT`. */
  userErrors: Array<UserError>;
};

/** Which invitation to resend. */
export type ResendInviteInput = {
  /** The invitation. */
  inviteId: Scalars['ID']['input'];
  /** The organisation the invitation belongs to. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `resendInvite`. */
export type ResendInvitePayload = {
  __typename?: 'ResendInvitePayload';
  /** The invitation, with its new expiry. */
  invite?: Maybe<Invite>;
  /** Why it failed: `INVITE_NOT_PENDING`, `RATE_LIMITED` (cooldown or daily quota). */
  userErrors: Array<UserError>;
};

/** The result of `resendVerificationEmail`. */
export type ResendVerificationEmailPayload = {
  __typename?: 'ResendVerificationEmailPayload';
  /** True when a new link has been queued for sending. */
  sent: Scalars['Boolean']['output'];
  /** Why it failed: `EMAIL_ALREADY_VERIFIED`, `RATE_LIMITED`. */
  userErrors: Array<UserError>;
};

/** Which invitation to withdraw. */
export type RevokeInviteInput = {
  /** The invitation. */
  inviteId: Scalars['ID']['input'];
  /** The organisation the invitation belongs to. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `revokeInvite`. */
export type RevokeInvitePayload = {
  __typename?: 'RevokeInvitePayload';
  /** The invitation, now `REVOKED`. */
  invite?: Maybe<Invite>;
  /** Why it failed: `INVITE_NOT_PENDING`. */
  userErrors: Array<UserError>;
};

/** Which organisation to make the viewer's active one. */
export type SelectOrganisationInput = {
  /** An organisation the viewer is a member of. */
  id: Scalars['ID']['input'];
};

/** The result of `selectOrganisation`. */
export type SelectOrganisationPayload = {
  __typename?: 'SelectOrganisationPayload';
  /** The organisation now active. */
  organisation?: Maybe<Organisation>;
  /** Expected failures (none at present: access errors are GraphQL errors). */
  userErrors: Array<UserError>;
  /** The viewer, with the new active organisation. */
  viewer?: Maybe<Viewer>;
};

/** A game server's record: an organisation's, or a user's personal one. */
export type Server = {
  __typename?: 'Server';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when that account no longer exists. */
  createdBy?: Maybe<User>;
  /** The server's id. */
  id: Scalars['ID']['output'];
  /** Its display name. */
  name: Scalars['String']['output'];
  /** The node it runs on. */
  node: ServerNode;
  /** The id of the node it runs on. */
  nodeId: Scalars['ID']['output'];
  /** The organisation it belongs to; null for a personal server. */
  organisation?: Maybe<Organisation>;
  /** The id of the organisation it belongs to; null for a personal server. */
  organisationId?: Maybe<Scalars['ID']['output']>;
};

/** A page of servers, oldest first. */
export type ServerConnection = {
  __typename?: 'ServerConnection';
  /** The servers with their cursors. */
  edges: Array<ServerEdge>;
  /** The servers. */
  nodes: Array<Server>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many servers there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a ServerConnection. */
export type ServerEdge = {
  __typename?: 'ServerEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The server. */
  node: Server;
};

/**
 * A machine that hosts game servers: in the shared pool (anyone's servers) or dedicated to one enterprise
 * organisation (only its servers).
 */
export type ServerNode = {
  __typename?: 'ServerNode';
  /** How many servers it can hold. */
  capacity: Scalars['Int']['output'];
  /** When the node was added. */
  createdAt: Scalars['DateTime']['output'];
  /** True when the node is dedicated to an organisation; false for the shared pool. */
  dedicated: Scalars['Boolean']['output'];
  /** The organisation the node is dedicated to; null for the shared pool. */
  dedicatedOrganisation?: Maybe<Organisation>;
  /** The daemon's host name. Internal: shown to platform admins only, null for everyone else. */
  fqdn?: Maybe<Scalars['String']['output']>;
  /** The node's id. */
  id: Scalars['ID']['output'];
  /** Where it stands, e.g. `Frankfurt`. */
  location: Scalars['String']['output'];
  /** Its display name. */
  name: Scalars['String']['output'];
  /** How many servers it holds now. */
  serverCount: Scalars['Int']['output'];
};

/** How many servers an organisation has against its tier's cap (kept inside its organisation in a client cache). */
export type ServerUsage = {
  __typename?: 'ServerUsage';
  /** Servers its tier allows; null means unlimited. */
  limit?: Maybe<Scalars['Int']['output']>;
  /** Servers it has now. */
  used: Scalars['Int']['output'];
};

/** A flag to set, globally or for one organisation. */
export type SetFeatureFlagInput = {
  /** On or off. With `organisationId`, null removes the override so the global value applies again. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The flag's name, e.g. `dns`. */
  name: Scalars['String']['input'];
  /** Set the flag for this organisation only. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of `setFeatureFlag`. */
export type SetFeatureFlagPayload = {
  __typename?: 'SetFeatureFlagPayload';
  /** The flag as it is now. */
  featureFlag?: Maybe<FeatureFlag>;
  /** The organisation named, with its new `enabledFeatures`; null for a global change. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`. */
  userErrors: Array<UserError>;
};

/** A member's new role. */
export type SetMemberRoleInput = {
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
  /** The new role. `OWNER` transfers ownership (owner or platform admin only); the old owner becomes an admin. */
  role: OrgRole;
  /** The member whose role changes. */
  userId: Scalars['ID']['input'];
};

/** The result of `setMemberRole`. */
export type SetMemberRolePayload = {
  __typename?: 'SetMemberRolePayload';
  /** The member's membership as it now is. */
  membership?: Maybe<Membership>;
  /**
   * Every membership whose role changed, as it now is: none when the role was already that, the target's,
   * or for a transfer the new owner's and the old owner's (now `ADMIN`).
   */
  memberships?: Maybe<Array<Membership>>;
  /** The organisation as it now is (its `ownerId` moves with ownership). */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`, `MEMBER_NOT_FOUND`, `OWNER_MUST_TRANSFER`. */
  userErrors: Array<UserError>;
};

/** An avatar to set: a PNG or a JPEG (judged from its bytes), at most AVATAR_MAX_BYTES (5 MiB by default). */
export type SetOrganisationAvatarInput = {
  /** The image. It is cropped to 256 × 256, turned upright from its EXIF orientation and stripped of all metadata. */
  file: Scalars['Upload']['input'];
  /** The organisation. */
  organisationId: Scalars['ID']['input'];
};

/** The result of `setOrganisationAvatar`. */
export type SetOrganisationAvatarPayload = {
  __typename?: 'SetOrganisationAvatarPayload';
  /** The organisation with its new `avatarUrl`. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `UNSUPPORTED_MEDIA_TYPE`, `PAYLOAD_TOO_LARGE`, `IMAGE_TOO_LARGE`, `INVALID_IMAGE`, `BUSY`. */
  userErrors: Array<UserError>;
};

/**
 * The live entry points: a WebSocket at /graphql speaking graphql-ws (Apollo Client's `GraphQLWsLink`),
 * signed in with `connectionParams: { authorization: "Bearer <token>" }` (or `Authorization`, or `token`).
 * A missing or bad token closes the socket with 4401, and so does the session's expiry or revocation
 * (checked with every event and every 30 seconds). Each event is shown only if the viewer may still see it:
 * otherwise the subscription ends with the error (`NOT_FOUND` for an organisation the viewer has left).
 * Events are announced after their change commits, by every Guildhall process; only subscriptions travel
 * over the WebSocket.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each new entry of an organisation's activity log as it is recorded: every change to the organisation
   * records one, DNS included. Members and platform admins; anyone else gets NOT_FOUND. A viewer who stops
   * being a member is told NOT_FOUND at the next entry, and the subscription ends.
   */
  activityAdded: ActivityEntry;
  /** Each message left in the viewer's mailbox (an invitation, being added or removed, a role change), as it arrives. */
  mailboxMessageAdded: MailboxMessage;
  /**
   * Each change to an organisation's memberships: someone joins, leaves, is removed, or changes role
   * (ownership transfers included). Members and platform admins; anyone else gets NOT_FOUND. A viewer removed
   * from the organisation is told NOT_FOUND at once, and the subscription ends.
   */
  membershipChanged: MembershipChange;
  /**
   * The organisation each time its name, tier, avatar, owner, enabled features or member count changes.
   * Members and platform admins; anyone else gets NOT_FOUND, and a viewer who stops being a member is told
   * NOT_FOUND at the next change (its deletion included), which ends the subscription.
   */
  organisationUpdated: Organisation;
};


/**
 * The live entry points: a WebSocket at /graphql speaking graphql-ws (Apollo Client's `GraphQLWsLink`),
 * signed in with `connectionParams: { authorization: "Bearer <token>" }` (or `Authorization`, or `token`).
 * A missing or bad token closes the socket with 4401, and so does the session's expiry or revocation
 * (checked with every event and every 30 seconds). Each event is shown only if the viewer may still see it:
 * otherwise the subscription ends with the error (`NOT_FOUND` for an organisation the viewer has left).
 * Events are announced after their change commits, by every Guildhall process; only subscriptions travel
 * over the WebSocket.
 */
export type SubscriptionActivityAddedArgs = {
  organisationId: Scalars['ID']['input'];
};


/**
 * The live entry points: a WebSocket at /graphql speaking graphql-ws (Apollo Client's `GraphQLWsLink`),
 * signed in with `connectionParams: { authorization: "Bearer <token>" }` (or `Authorization`, or `token`).
 * A missing or bad token closes the socket with 4401, and so does the session's expiry or revocation
 * (checked with every event and every 30 seconds). Each event is shown only if the viewer may still see it:
 * otherwise the subscription ends with the error (`NOT_FOUND` for an organisation the viewer has left).
 * Events are announced after their change commits, by every Guildhall process; only subscriptions travel
 * over the WebSocket.
 */
export type SubscriptionMembershipChangedArgs = {
  organisationId: Scalars['ID']['input'];
};


/**
 * The live entry points: a WebSocket at /graphql speaking graphql-ws (Apollo Client's `GraphQLWsLink`),
 * signed in with `connectionParams: { authorization: "Bearer <token>" }` (or `Authorization`, or `token`).
 * A missing or bad token closes the socket with 4401, and so does the session's expiry or revocation
 * (checked with every event and every 30 seconds). Each event is shown only if the viewer may still see it:
 * otherwise the subscription ends with the error (`NOT_FOUND` for an organisation the viewer has left).
 * Events are announced after their change commits, by every Guildhall process; only subscriptions travel
 * over the WebSocket.
 */
export type SubscriptionOrganisationUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** A tunnel device, owned by an organisation or personally by a user. */
export type TunnelDevice = {
  __typename?: 'TunnelDevice';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it; null when that account no longer exists. */
  createdBy?: Maybe<User>;
  /** The device's id. */
  id: Scalars['ID']['output'];
  /** When the device last checked in; null if it never has. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its display name. */
  name: Scalars['String']['output'];
  /** The organisation that owns it; null for a personal device. */
  organisation?: Maybe<Organisation>;
};

/** A page of tunnel devices, oldest first. */
export type TunnelDeviceConnection = {
  __typename?: 'TunnelDeviceConnection';
  /** The tunnel devices with their cursors. */
  edges: Array<TunnelDeviceEdge>;
  /** The tunnel devices. */
  nodes: Array<TunnelDevice>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many tunnel devices there are in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a TunnelDeviceConnection. */
export type TunnelDeviceEdge = {
  __typename?: 'TunnelDeviceEdge';
  /** Pass as `after` to continue from here. */
  cursor: Scalars['String']['output'];
  /** The tunnel device. */
  node: TunnelDevice;
};

/** Which node to return to the shared pool. */
export type UnassignNodeInput = {
  /** The node; its servers stay where they are. */
  nodeId: Scalars['ID']['input'];
};

/** The result of `unassignNode`. */
export type UnassignNodePayload = {
  __typename?: 'UnassignNodePayload';
  /** The node, now in the shared pool. */
  node?: Maybe<ServerNode>;
  /** The organisation it was dedicated to, whose `nodes` no longer include it; null when it was not dedicated. */
  organisation?: Maybe<Organisation>;
  /** Expected failures (none at present). */
  userErrors: Array<UserError>;
};

/** A change to a DNS record: fields left out keep their values. */
export type UpdateDnsRecordInput = {
  /** Its new data. */
  content?: InputMaybe<Scalars['String']['input']>;
  /** The record. */
  id: Scalars['ID']['input'];
  /** Its new owner name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Its new TTL in seconds, 60 to 86400. */
  ttl?: InputMaybe<Scalars['Int']['input']>;
  /** Its new type (the content must suit it). */
  type?: InputMaybe<DnsRecordType>;
};

/** The result of `updateDnsRecord`. */
export type UpdateDnsRecordPayload = {
  __typename?: 'UpdateDnsRecordPayload';
  /** The record as it is now. */
  dnsRecord?: Maybe<DnsRecord>;
  /** The zone after the change, with its new serial (unchanged when nothing changed). */
  dnsZone?: Maybe<DnsZone>;
  /** Why it failed: the codes of `createDnsRecord` but `RECORD_LIMIT_REACHED`. */
  userErrors: Array<UserError>;
};

/** Fields of a node to change; leave out what stays the same. */
export type UpdateNodeInput = {
  /** A new capacity. Below the current server count it keeps those servers and only stops new ones. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** A new daemon host name. */
  fqdn?: InputMaybe<Scalars['String']['input']>;
  /** The node to change. */
  id: Scalars['ID']['input'];
  /** A new location. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A new display name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateNode`. */
export type UpdateNodePayload = {
  __typename?: 'UpdateNodePayload';
  /** The node as it now is. */
  node?: Maybe<ServerNode>;
  /** Why it failed: `INVALID_INPUT`, `NODE_FQDN_TAKEN`. */
  userErrors: Array<UserError>;
};

/** Fields to change; leave out what stays the same. */
export type UpdateOrganisationInput = {
  /** The organisation to change. */
  id: Scalars['ID']['input'];
  /** A new name (owner or admin). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** A new portal tier (platform admins only). */
  portalTier?: InputMaybe<PortalTier>;
};

/** The result of `updateOrganisation`. */
export type UpdateOrganisationPayload = {
  __typename?: 'UpdateOrganisationPayload';
  /** The organisation as it now is. */
  organisation?: Maybe<Organisation>;
  /** Why it failed: `INVALID_INPUT`. */
  userErrors: Array<UserError>;
};

/** A person with an account, as other members of their organisations see them. */
export type User = {
  __typename?: 'User';
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The email address they sign in with (lower-case). */
  email: Scalars['String']['output'];
  /** Given name, if they gave one. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** The user's id. */
  id: Scalars['ID']['output'];
  /** Family name, if they gave one. */
  lastName?: Maybe<Scalars['String']['output']>;
};

/**
 * An expected failure of a mutation: bad input, a conflict, a limit. The `code` is stable and is the same
 * `code` the REST API returns for the same failure.
 */
export type UserError = {
  __typename?: 'UserError';
  /** A stable machine-readable code, e.g. `INVALID_INPUT`, `HANDLE_TAKEN`, `RATE_LIMITED`. */
  code: Scalars['String']['output'];
  /** The input field at fault, when there is one. */
  field?: Maybe<Scalars['String']['output']>;
  /** A sentence for a person. */
  message: Scalars['String']['output'];
  /** For `RATE_LIMITED`: how many seconds until a retry can succeed. */
  retryAfterSeconds?: Maybe<Scalars['Int']['output']>;
};

/** The emailed verification token. */
export type VerifyEmailInput = {
  /** The `token` parameter of the link in the verification email. */
  token: Scalars['String']['input'];
};

/** The result of `verifyEmail`. */
export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** True when the address is verified. */
  emailVerified: Scalars['Boolean']['output'];
  /** The account whose address is now verified. */
  user?: Maybe<User>;
  /** Why it failed: `INVALID_TOKEN`, `TOKEN_USED`, `TOKEN_EXPIRED`. */
  userErrors: Array<UserError>;
  /** The viewer, with `emailVerified` now true, when the request is signed in as that account; otherwise null. */
  viewer?: Maybe<Viewer>;
};

/**
 * The signed-in user: their own account and the things only they see. Its `id` is the user's; a client
 * cache keeps it apart from `User` by its type name.
 */
export type Viewer = {
  __typename?: 'Viewer';
  /**
   * The organisation whose servers and tunnel devices the default views show beside the viewer's personal
   * ones; null when none is selected. Leaving or being removed from it clears it.
   */
  activeOrganisation?: Maybe<Organisation>;
  /**
   * The active organisation's DNS zones, oldest first; empty when no organisation is selected. Null, with a
   * `FEATURE_DISABLED` error, when DNS is off for the active organisation.
   */
  dnsZones?: Maybe<DnsZoneConnection>;
  /** The email address they sign in with. */
  email: Scalars['String']['output'];
  /** Whether the email address has been verified. */
  emailVerified: Scalars['Boolean']['output'];
  /** The viewer's user id. */
  id: Scalars['ID']['output'];
  /** Pending invitations to the viewer's address, newest first. Empty until the address is verified. */
  invites: Array<Invite>;
  /** The viewer's in-app messages, newest first. */
  mailbox: MailboxConnection;
  /** The organisations the viewer belongs to, oldest membership first. */
  organisations: Array<Organisation>;
  /** Platform role: `USER`, or `ADMIN` for platform administrators. */
  platformRole: PlatformRole;
  /** The viewer's personal servers plus those of their active organisation, oldest first. */
  servers: ServerConnection;
  /** The viewer's personal tunnel devices plus those of their active organisation, oldest first. */
  tunnelDevices: TunnelDeviceConnection;
  /** The viewer as other people see them. */
  user: User;
};


/**
 * The signed-in user: their own account and the things only they see. Its `id` is the user's; a client
 * cache keeps it apart from `User` by its type name.
 */
export type ViewerDnsZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The signed-in user: their own account and the things only they see. Its `id` is the user's; a client
 * cache keeps it apart from `User` by its type name.
 */
export type ViewerMailboxArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * The signed-in user: their own account and the things only they see. Its `id` is the user's; a client
 * cache keeps it apart from `User` by its type name.
 */
export type ViewerServersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The signed-in user: their own account and the things only they see. Its `id` is the user's; a client
 * cache keeps it apart from `User` by its type name.
 */
export type ViewerTunnelDevicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AcceptInviteInput: AcceptInviteInput;
  AcceptInvitePayload: ResolverTypeWrapper<Omit<AcceptInvitePayload, 'invite' | 'membership' | 'organisation' | 'viewer'> & { invite?: Maybe<ResolversTypes['Invite']>, membership?: Maybe<ResolversTypes['Membership']>, organisation?: Maybe<ResolversTypes['Organisation']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  ActivityConnection: ResolverTypeWrapper<ActivityConnectionModel>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['ActivityEntry'] }>;
  ActivityEntry: ResolverTypeWrapper<ActivityEntryModel>;
  AddMemberInput: AddMemberInput;
  AddMemberPayload: ResolverTypeWrapper<Omit<AddMemberPayload, 'membership' | 'organisation'> & { membership?: Maybe<ResolversTypes['Membership']>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  AssignNodeToOrganisationInput: AssignNodeToOrganisationInput;
  AssignNodeToOrganisationPayload: ResolverTypeWrapper<Omit<AssignNodeToOrganisationPayload, 'node' | 'organisation'> & { node?: Maybe<ResolversTypes['ServerNode']>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  AuthPayload: ResolverTypeWrapper<Omit<AuthPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClearActiveOrganisationPayload: ResolverTypeWrapper<Omit<ClearActiveOrganisationPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  CreateDnsRecordInput: CreateDnsRecordInput;
  CreateDnsRecordPayload: ResolverTypeWrapper<Omit<CreateDnsRecordPayload, 'dnsRecord' | 'dnsZone'> & { dnsRecord?: Maybe<ResolversTypes['DnsRecord']>, dnsZone?: Maybe<ResolversTypes['DnsZone']> }>;
  CreateDnsZoneInput: CreateDnsZoneInput;
  CreateDnsZonePayload: ResolverTypeWrapper<Omit<CreateDnsZonePayload, 'dnsZone'> & { dnsZone?: Maybe<ResolversTypes['DnsZone']> }>;
  CreateNodeInput: CreateNodeInput;
  CreateNodePayload: ResolverTypeWrapper<Omit<CreateNodePayload, 'node'> & { node?: Maybe<ResolversTypes['ServerNode']> }>;
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: ResolverTypeWrapper<Omit<CreateOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversTypes['Organisation']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  CreateServerInput: CreateServerInput;
  CreateServerPayload: ResolverTypeWrapper<Omit<CreateServerPayload, 'organisation' | 'server'> & { organisation?: Maybe<ResolversTypes['Organisation']>, server?: Maybe<ResolversTypes['Server']> }>;
  CreateTunnelDeviceInput: CreateTunnelDeviceInput;
  CreateTunnelDevicePayload: ResolverTypeWrapper<Omit<CreateTunnelDevicePayload, 'organisation' | 'tunnelDevice'> & { organisation?: Maybe<ResolversTypes['Organisation']>, tunnelDevice?: Maybe<ResolversTypes['TunnelDevice']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteDnsRecordInput: DeleteDnsRecordInput;
  DeleteDnsRecordPayload: ResolverTypeWrapper<Omit<DeleteDnsRecordPayload, 'dnsZone'> & { dnsZone?: Maybe<ResolversTypes['DnsZone']> }>;
  DeleteDnsZoneInput: DeleteDnsZoneInput;
  DeleteDnsZonePayload: ResolverTypeWrapper<DeleteDnsZonePayload>;
  DeleteNodeInput: DeleteNodeInput;
  DeleteNodePayload: ResolverTypeWrapper<DeleteNodePayload>;
  DeleteOrganisationInput: DeleteOrganisationInput;
  DeleteOrganisationPayload: ResolverTypeWrapper<Omit<DeleteOrganisationPayload, 'viewer'> & { viewer?: Maybe<ResolversTypes['Viewer']> }>;
  DeleteServerInput: DeleteServerInput;
  DeleteServerPayload: ResolverTypeWrapper<Omit<DeleteServerPayload, 'node' | 'organisation'> & { node?: Maybe<ResolversTypes['ServerNode']>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  DeleteTunnelDeviceInput: DeleteTunnelDeviceInput;
  DeleteTunnelDevicePayload: ResolverTypeWrapper<Omit<DeleteTunnelDevicePayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  DnsRecord: ResolverTypeWrapper<DnsRecordModel>;
  DnsRecordConnection: ResolverTypeWrapper<DnsRecordConnectionModel>;
  DnsRecordEdge: ResolverTypeWrapper<Omit<DnsRecordEdge, 'node'> & { node: ResolversTypes['DnsRecord'] }>;
  DnsRecordType: DnsRecordType;
  DnsZone: ResolverTypeWrapper<DnsZoneModel>;
  DnsZoneConnection: ResolverTypeWrapper<DnsZoneConnectionModel>;
  DnsZoneEdge: ResolverTypeWrapper<Omit<DnsZoneEdge, 'node'> & { node: ResolversTypes['DnsZone'] }>;
  DnsZoneFileRecord: ResolverTypeWrapper<DnsZoneFileRecordModel>;
  FeatureFlag: ResolverTypeWrapper<FeatureFlagModel>;
  FeatureFlagOverride: ResolverTypeWrapper<FeatureFlagOverrideModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportDnsZoneInput: ImportDnsZoneInput;
  ImportDnsZonePayload: ResolverTypeWrapper<Omit<ImportDnsZonePayload, 'added' | 'dnsZone' | 'removed'> & { added?: Maybe<Array<ResolversTypes['DnsZoneFileRecord']>>, dnsZone?: Maybe<ResolversTypes['DnsZone']>, removed?: Maybe<Array<ResolversTypes['DnsZoneFileRecord']>> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Invite: ResolverTypeWrapper<InviteModel>;
  InviteConnection: ResolverTypeWrapper<InviteConnectionModel>;
  InviteDelivery: ResolverTypeWrapper<InviteDeliveryModel>;
  InviteEdge: ResolverTypeWrapper<Omit<InviteEdge, 'node'> & { node: ResolversTypes['Invite'] }>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invite'> & { invite?: Maybe<ResolversTypes['Invite']> }>;
  InviteStatus: InviteStatus;
  InvitingOrganisation: ResolverTypeWrapper<InvitingOrganisationModel>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  LeaveOrganisationInput: LeaveOrganisationInput;
  LeaveOrganisationPayload: ResolverTypeWrapper<Omit<LeaveOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversTypes['Organisation']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  LoginInput: LoginInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  MailDeliveryStatus: MailDeliveryStatus;
  MailboxConnection: ResolverTypeWrapper<MailboxConnectionModel>;
  MailboxEdge: ResolverTypeWrapper<Omit<MailboxEdge, 'node'> & { node: ResolversTypes['MailboxMessage'] }>;
  MailboxMessage: ResolverTypeWrapper<MailboxMessageModel>;
  MarkAllMailboxMessagesReadPayload: ResolverTypeWrapper<Omit<MarkAllMailboxMessagesReadPayload, 'messages'> & { messages: Array<ResolversTypes['MailboxMessage']> }>;
  MarkMailboxMessageReadInput: MarkMailboxMessageReadInput;
  MarkMailboxMessageReadPayload: ResolverTypeWrapper<Omit<MarkMailboxMessageReadPayload, 'message'> & { message?: Maybe<ResolversTypes['MailboxMessage']> }>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipChange: ResolverTypeWrapper<MembershipChangeModel>;
  MembershipConnection: ResolverTypeWrapper<MembershipConnectionModel>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrgRole: OrgRole;
  Organisation: ResolverTypeWrapper<OrganisationModel>;
  OrganisationUsage: ResolverTypeWrapper<OrganisationUsageModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlatformRole: PlatformRole;
  PortalTier: PortalTier;
  PortalTierInfo: ResolverTypeWrapper<PortalTierInfoModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterInput: RegisterInput;
  RejectInviteInput: RejectInviteInput;
  RejectInvitePayload: ResolverTypeWrapper<Omit<RejectInvitePayload, 'invite' | 'viewer'> & { invite?: Maybe<ResolversTypes['Invite']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: ResolverTypeWrapper<Omit<RemoveMemberPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  RemoveOrganisationAvatarInput: RemoveOrganisationAvatarInput;
  RemoveOrganisationAvatarPayload: ResolverTypeWrapper<Omit<RemoveOrganisationAvatarPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  RenameTunnelDeviceInput: RenameTunnelDeviceInput;
  RenameTunnelDevicePayload: ResolverTypeWrapper<Omit<RenameTunnelDevicePayload, 'tunnelDevice'> & { tunnelDevice?: Maybe<ResolversTypes['TunnelDevice']> }>;
  ResendInviteInput: ResendInviteInput;
  ResendInvitePayload: ResolverTypeWrapper<Omit<ResendInvitePayload, 'invite'> & { invite?: Maybe<ResolversTypes['Invite']> }>;
  ResendVerificationEmailPayload: ResolverTypeWrapper<ResendVerificationEmailPayload>;
  RevokeInviteInput: RevokeInviteInput;
  RevokeInvitePayload: ResolverTypeWrapper<Omit<RevokeInvitePayload, 'invite'> & { invite?: Maybe<ResolversTypes['Invite']> }>;
  SelectOrganisationInput: SelectOrganisationInput;
  SelectOrganisationPayload: ResolverTypeWrapper<Omit<SelectOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversTypes['Organisation']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  Server: ResolverTypeWrapper<ServerModel>;
  ServerConnection: ResolverTypeWrapper<ServerConnectionModel>;
  ServerEdge: ResolverTypeWrapper<Omit<ServerEdge, 'node'> & { node: ResolversTypes['Server'] }>;
  ServerNode: ResolverTypeWrapper<ServerNodeModel>;
  ServerUsage: ResolverTypeWrapper<ServerUsage>;
  SetFeatureFlagInput: SetFeatureFlagInput;
  SetFeatureFlagPayload: ResolverTypeWrapper<Omit<SetFeatureFlagPayload, 'featureFlag' | 'organisation'> & { featureFlag?: Maybe<ResolversTypes['FeatureFlag']>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  SetMemberRoleInput: SetMemberRoleInput;
  SetMemberRolePayload: ResolverTypeWrapper<Omit<SetMemberRolePayload, 'membership' | 'memberships' | 'organisation'> & { membership?: Maybe<ResolversTypes['Membership']>, memberships?: Maybe<Array<ResolversTypes['Membership']>>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  SetOrganisationAvatarInput: SetOrganisationAvatarInput;
  SetOrganisationAvatarPayload: ResolverTypeWrapper<Omit<SetOrganisationAvatarPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TunnelDevice: ResolverTypeWrapper<TunnelDeviceModel>;
  TunnelDeviceConnection: ResolverTypeWrapper<TunnelDeviceConnectionModel>;
  TunnelDeviceEdge: ResolverTypeWrapper<Omit<TunnelDeviceEdge, 'node'> & { node: ResolversTypes['TunnelDevice'] }>;
  UnassignNodeInput: UnassignNodeInput;
  UnassignNodePayload: ResolverTypeWrapper<Omit<UnassignNodePayload, 'node' | 'organisation'> & { node?: Maybe<ResolversTypes['ServerNode']>, organisation?: Maybe<ResolversTypes['Organisation']> }>;
  UpdateDnsRecordInput: UpdateDnsRecordInput;
  UpdateDnsRecordPayload: ResolverTypeWrapper<Omit<UpdateDnsRecordPayload, 'dnsRecord' | 'dnsZone'> & { dnsRecord?: Maybe<ResolversTypes['DnsRecord']>, dnsZone?: Maybe<ResolversTypes['DnsZone']> }>;
  UpdateNodeInput: UpdateNodeInput;
  UpdateNodePayload: ResolverTypeWrapper<Omit<UpdateNodePayload, 'node'> & { node?: Maybe<ResolversTypes['ServerNode']> }>;
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: ResolverTypeWrapper<Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  Upload: ResolverTypeWrapper<Scalars['Upload']['output']>;
  User: ResolverTypeWrapper<UserModel>;
  UserError: ResolverTypeWrapper<UserError>;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'user' | 'viewer'> & { user?: Maybe<ResolversTypes['User']>, viewer?: Maybe<ResolversTypes['Viewer']> }>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AcceptInviteInput: AcceptInviteInput;
  AcceptInvitePayload: Omit<AcceptInvitePayload, 'invite' | 'membership' | 'organisation' | 'viewer'> & { invite?: Maybe<ResolversParentTypes['Invite']>, membership?: Maybe<ResolversParentTypes['Membership']>, organisation?: Maybe<ResolversParentTypes['Organisation']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  ActivityConnection: ActivityConnectionModel;
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['ActivityEntry'] };
  ActivityEntry: ActivityEntryModel;
  AddMemberInput: AddMemberInput;
  AddMemberPayload: Omit<AddMemberPayload, 'membership' | 'organisation'> & { membership?: Maybe<ResolversParentTypes['Membership']>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  AssignNodeToOrganisationInput: AssignNodeToOrganisationInput;
  AssignNodeToOrganisationPayload: Omit<AssignNodeToOrganisationPayload, 'node' | 'organisation'> & { node?: Maybe<ResolversParentTypes['ServerNode']>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  AuthPayload: Omit<AuthPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  Boolean: Scalars['Boolean']['output'];
  ClearActiveOrganisationPayload: Omit<ClearActiveOrganisationPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  CreateDnsRecordInput: CreateDnsRecordInput;
  CreateDnsRecordPayload: Omit<CreateDnsRecordPayload, 'dnsRecord' | 'dnsZone'> & { dnsRecord?: Maybe<ResolversParentTypes['DnsRecord']>, dnsZone?: Maybe<ResolversParentTypes['DnsZone']> };
  CreateDnsZoneInput: CreateDnsZoneInput;
  CreateDnsZonePayload: Omit<CreateDnsZonePayload, 'dnsZone'> & { dnsZone?: Maybe<ResolversParentTypes['DnsZone']> };
  CreateNodeInput: CreateNodeInput;
  CreateNodePayload: Omit<CreateNodePayload, 'node'> & { node?: Maybe<ResolversParentTypes['ServerNode']> };
  CreateOrganisationInput: CreateOrganisationInput;
  CreateOrganisationPayload: Omit<CreateOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  CreateServerInput: CreateServerInput;
  CreateServerPayload: Omit<CreateServerPayload, 'organisation' | 'server'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, server?: Maybe<ResolversParentTypes['Server']> };
  CreateTunnelDeviceInput: CreateTunnelDeviceInput;
  CreateTunnelDevicePayload: Omit<CreateTunnelDevicePayload, 'organisation' | 'tunnelDevice'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, tunnelDevice?: Maybe<ResolversParentTypes['TunnelDevice']> };
  DateTime: Scalars['DateTime']['output'];
  DeleteDnsRecordInput: DeleteDnsRecordInput;
  DeleteDnsRecordPayload: Omit<DeleteDnsRecordPayload, 'dnsZone'> & { dnsZone?: Maybe<ResolversParentTypes['DnsZone']> };
  DeleteDnsZoneInput: DeleteDnsZoneInput;
  DeleteDnsZonePayload: DeleteDnsZonePayload;
  DeleteNodeInput: DeleteNodeInput;
  DeleteNodePayload: DeleteNodePayload;
  DeleteOrganisationInput: DeleteOrganisationInput;
  DeleteOrganisationPayload: Omit<DeleteOrganisationPayload, 'viewer'> & { viewer?: Maybe<ResolversParentTypes['Viewer']> };
  DeleteServerInput: DeleteServerInput;
  DeleteServerPayload: Omit<DeleteServerPayload, 'node' | 'organisation'> & { node?: Maybe<ResolversParentTypes['ServerNode']>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  DeleteTunnelDeviceInput: DeleteTunnelDeviceInput;
  DeleteTunnelDevicePayload: Omit<DeleteTunnelDevicePayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  DnsRecord: DnsRecordModel;
  DnsRecordConnection: DnsRecordConnectionModel;
  DnsRecordEdge: Omit<DnsRecordEdge, 'node'> & { node: ResolversParentTypes['DnsRecord'] };
  DnsZone: DnsZoneModel;
  DnsZoneConnection: DnsZoneConnectionModel;
  DnsZoneEdge: Omit<DnsZoneEdge, 'node'> & { node: ResolversParentTypes['DnsZone'] };
  DnsZoneFileRecord: DnsZoneFileRecordModel;
  FeatureFlag: FeatureFlagModel;
  FeatureFlagOverride: FeatureFlagOverrideModel;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportDnsZoneInput: ImportDnsZoneInput;
  ImportDnsZonePayload: Omit<ImportDnsZonePayload, 'added' | 'dnsZone' | 'removed'> & { added?: Maybe<Array<ResolversParentTypes['DnsZoneFileRecord']>>, dnsZone?: Maybe<ResolversParentTypes['DnsZone']>, removed?: Maybe<Array<ResolversParentTypes['DnsZoneFileRecord']>> };
  Int: Scalars['Int']['output'];
  Invite: InviteModel;
  InviteConnection: InviteConnectionModel;
  InviteDelivery: InviteDeliveryModel;
  InviteEdge: Omit<InviteEdge, 'node'> & { node: ResolversParentTypes['Invite'] };
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invite'> & { invite?: Maybe<ResolversParentTypes['Invite']> };
  InvitingOrganisation: InvitingOrganisationModel;
  JSON: Scalars['JSON']['output'];
  LeaveOrganisationInput: LeaveOrganisationInput;
  LeaveOrganisationPayload: Omit<LeaveOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  LoginInput: LoginInput;
  LogoutPayload: LogoutPayload;
  MailboxConnection: MailboxConnectionModel;
  MailboxEdge: Omit<MailboxEdge, 'node'> & { node: ResolversParentTypes['MailboxMessage'] };
  MailboxMessage: MailboxMessageModel;
  MarkAllMailboxMessagesReadPayload: Omit<MarkAllMailboxMessagesReadPayload, 'messages'> & { messages: Array<ResolversParentTypes['MailboxMessage']> };
  MarkMailboxMessageReadInput: MarkMailboxMessageReadInput;
  MarkMailboxMessageReadPayload: Omit<MarkMailboxMessageReadPayload, 'message'> & { message?: Maybe<ResolversParentTypes['MailboxMessage']> };
  Membership: MembershipModel;
  MembershipChange: MembershipChangeModel;
  MembershipConnection: MembershipConnectionModel;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organisation: OrganisationModel;
  OrganisationUsage: OrganisationUsageModel;
  PageInfo: PageInfo;
  PortalTierInfo: PortalTierInfoModel;
  Query: Record<PropertyKey, never>;
  RegisterInput: RegisterInput;
  RejectInviteInput: RejectInviteInput;
  RejectInvitePayload: Omit<RejectInvitePayload, 'invite' | 'viewer'> & { invite?: Maybe<ResolversParentTypes['Invite']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberPayload: Omit<RemoveMemberPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  RemoveOrganisationAvatarInput: RemoveOrganisationAvatarInput;
  RemoveOrganisationAvatarPayload: Omit<RemoveOrganisationAvatarPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  RenameTunnelDeviceInput: RenameTunnelDeviceInput;
  RenameTunnelDevicePayload: Omit<RenameTunnelDevicePayload, 'tunnelDevice'> & { tunnelDevice?: Maybe<ResolversParentTypes['TunnelDevice']> };
  ResendInviteInput: ResendInviteInput;
  ResendInvitePayload: Omit<ResendInvitePayload, 'invite'> & { invite?: Maybe<ResolversParentTypes['Invite']> };
  ResendVerificationEmailPayload: ResendVerificationEmailPayload;
  RevokeInviteInput: RevokeInviteInput;
  RevokeInvitePayload: Omit<RevokeInvitePayload, 'invite'> & { invite?: Maybe<ResolversParentTypes['Invite']> };
  SelectOrganisationInput: SelectOrganisationInput;
  SelectOrganisationPayload: Omit<SelectOrganisationPayload, 'organisation' | 'viewer'> & { organisation?: Maybe<ResolversParentTypes['Organisation']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  Server: ServerModel;
  ServerConnection: ServerConnectionModel;
  ServerEdge: Omit<ServerEdge, 'node'> & { node: ResolversParentTypes['Server'] };
  ServerNode: ServerNodeModel;
  ServerUsage: ServerUsage;
  SetFeatureFlagInput: SetFeatureFlagInput;
  SetFeatureFlagPayload: Omit<SetFeatureFlagPayload, 'featureFlag' | 'organisation'> & { featureFlag?: Maybe<ResolversParentTypes['FeatureFlag']>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  SetMemberRoleInput: SetMemberRoleInput;
  SetMemberRolePayload: Omit<SetMemberRolePayload, 'membership' | 'memberships' | 'organisation'> & { membership?: Maybe<ResolversParentTypes['Membership']>, memberships?: Maybe<Array<ResolversParentTypes['Membership']>>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  SetOrganisationAvatarInput: SetOrganisationAvatarInput;
  SetOrganisationAvatarPayload: Omit<SetOrganisationAvatarPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TunnelDevice: TunnelDeviceModel;
  TunnelDeviceConnection: TunnelDeviceConnectionModel;
  TunnelDeviceEdge: Omit<TunnelDeviceEdge, 'node'> & { node: ResolversParentTypes['TunnelDevice'] };
  UnassignNodeInput: UnassignNodeInput;
  UnassignNodePayload: Omit<UnassignNodePayload, 'node' | 'organisation'> & { node?: Maybe<ResolversParentTypes['ServerNode']>, organisation?: Maybe<ResolversParentTypes['Organisation']> };
  UpdateDnsRecordInput: UpdateDnsRecordInput;
  UpdateDnsRecordPayload: Omit<UpdateDnsRecordPayload, 'dnsRecord' | 'dnsZone'> & { dnsRecord?: Maybe<ResolversParentTypes['DnsRecord']>, dnsZone?: Maybe<ResolversParentTypes['DnsZone']> };
  UpdateNodeInput: UpdateNodeInput;
  UpdateNodePayload: Omit<UpdateNodePayload, 'node'> & { node?: Maybe<ResolversParentTypes['ServerNode']> };
  UpdateOrganisationInput: UpdateOrganisationInput;
  UpdateOrganisationPayload: Omit<UpdateOrganisationPayload, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  Upload: Scalars['Upload']['output'];
  User: UserModel;
  UserError: UserError;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'user' | 'viewer'> & { user?: Maybe<ResolversParentTypes['User']>, viewer?: Maybe<ResolversParentTypes['Viewer']> };
  Viewer: ViewerModel;
};

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type PublicDirectiveArgs = { };

export type PublicDirectiveResolver<Result, Parent, ContextType = RequestContext, Args = PublicDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptInvitePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AcceptInvitePayload'] = ResolversParentTypes['AcceptInvitePayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ActivityEntry']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEntry'], ParentType, ContextType>;
};

export type ActivityEntryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ActivityEntry'] = ResolversParentTypes['ActivityEntry']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ip?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  metadata?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  targetId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AddMemberPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AddMemberPayload'] = ResolversParentTypes['AddMemberPayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AssignNodeToOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AssignNodeToOrganisationPayload'] = ResolversParentTypes['AssignNodeToOrganisationPayload']> = {
  node?: Resolver<Maybe<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type AuthPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['AuthPayload'] = ResolversParentTypes['AuthPayload']> = {
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ClearActiveOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ClearActiveOrganisationPayload'] = ResolversParentTypes['ClearActiveOrganisationPayload']> = {
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type CreateDnsRecordPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateDnsRecordPayload'] = ResolversParentTypes['CreateDnsRecordPayload']> = {
  dnsRecord?: Resolver<Maybe<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateDnsZonePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateDnsZonePayload'] = ResolversParentTypes['CreateDnsZonePayload']> = {
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateNodePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateNodePayload'] = ResolversParentTypes['CreateNodePayload']> = {
  node?: Resolver<Maybe<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateOrganisationPayload'] = ResolversParentTypes['CreateOrganisationPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type CreateServerPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateServerPayload'] = ResolversParentTypes['CreateServerPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  server?: Resolver<Maybe<ResolversTypes['Server']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type CreateTunnelDevicePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['CreateTunnelDevicePayload'] = ResolversParentTypes['CreateTunnelDevicePayload']> = {
  enrollmentSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  tunnelDevice?: Resolver<Maybe<ResolversTypes['TunnelDevice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteDnsRecordPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteDnsRecordPayload'] = ResolversParentTypes['DeleteDnsRecordPayload']> = {
  deletedDnsRecordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteDnsZonePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteDnsZonePayload'] = ResolversParentTypes['DeleteDnsZonePayload']> = {
  deletedDnsZoneId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteNodePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteNodePayload'] = ResolversParentTypes['DeleteNodePayload']> = {
  deletedNodeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteOrganisationPayload'] = ResolversParentTypes['DeleteOrganisationPayload']> = {
  deletedOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type DeleteServerPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteServerPayload'] = ResolversParentTypes['DeleteServerPayload']> = {
  deletedServerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DeleteTunnelDevicePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DeleteTunnelDevicePayload'] = ResolversParentTypes['DeleteTunnelDevicePayload']> = {
  deletedTunnelDeviceId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type DnsRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsRecord'] = ResolversParentTypes['DnsRecord']> = {
  absoluteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ttl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsRecordType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  zone?: Resolver<ResolversTypes['DnsZone'], ParentType, ContextType>;
  zoneId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DnsRecordConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsRecordConnection'] = ResolversParentTypes['DnsRecordConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DnsRecordEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DnsRecordEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsRecordEdge'] = ResolversParentTypes['DnsRecordEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DnsRecord'], ParentType, ContextType>;
};

export type DnsZoneResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsZone'] = ResolversParentTypes['DnsZone']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameservers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  organisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['DnsRecordConnection'], ParentType, ContextType, Partial<DnsZoneRecordsArgs>>;
  serial?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  unicodeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  zoneFile?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DnsZoneConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsZoneConnection'] = ResolversParentTypes['DnsZoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DnsZoneEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DnsZoneEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsZoneEdge'] = ResolversParentTypes['DnsZoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DnsZone'], ParentType, ContextType>;
};

export type DnsZoneFileRecordResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['DnsZoneFileRecord'] = ResolversParentTypes['DnsZoneFileRecord']> = {
  absoluteName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ttl?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DnsRecordType'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FeatureFlagResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeatureFlag'] = ResolversParentTypes['FeatureFlag']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overrides?: Resolver<Array<ResolversTypes['FeatureFlagOverride']>, ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type FeatureFlagOverrideResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['FeatureFlagOverride'] = ResolversParentTypes['FeatureFlagOverride']> = {
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ImportDnsZonePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ImportDnsZonePayload'] = ResolversParentTypes['ImportDnsZonePayload']> = {
  added?: Resolver<Maybe<Array<ResolversTypes['DnsZoneFileRecord']>>, ParentType, ContextType>;
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  dryRun?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  ignored?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  removed?: Resolver<Maybe<Array<ResolversTypes['DnsZoneFileRecord']>>, ParentType, ContextType>;
  unchanged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InviteResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Invite'] = ResolversParentTypes['Invite']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delivery?: Resolver<Maybe<ResolversTypes['InviteDelivery']>, ParentType, ContextType>;
  deliveryFailed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['InvitingOrganisation'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrgRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InviteStatus'], ParentType, ContextType>;
};

export type InviteConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InviteConnection'] = ResolversParentTypes['InviteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InviteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InviteDeliveryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InviteDelivery'] = ResolversParentTypes['InviteDelivery']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MailDeliveryStatus'], ParentType, ContextType>;
};

export type InviteEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InviteEdge'] = ResolversParentTypes['InviteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invite'], ParentType, ContextType>;
};

export type InviteMemberPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type InviteStatusResolvers = EnumResolverSignature<{ ACCEPTED?: any, EXPIRED?: any, PENDING?: any, REJECTED?: any, REVOKED?: any }, ResolversTypes['InviteStatus']>;

export type InvitingOrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['InvitingOrganisation'] = ResolversParentTypes['InvitingOrganisation']> = {
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeaveOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LeaveOrganisationPayload'] = ResolversParentTypes['LeaveOrganisationPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type LogoutPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = {
  loggedOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MailDeliveryStatusResolvers = EnumResolverSignature<{ CANCELLED?: any, FAILED?: any, QUEUED?: any, RETRYING?: any, SENT?: any }, ResolversTypes['MailDeliveryStatus']>;

export type MailboxConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MailboxConnection'] = ResolversParentTypes['MailboxConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MailboxEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['MailboxMessage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MailboxEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MailboxEdge'] = ResolversParentTypes['MailboxEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['MailboxMessage'], ParentType, ContextType>;
};

export type MailboxMessageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MailboxMessage'] = ResolversParentTypes['MailboxMessage']> = {
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inviteId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  read?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MarkAllMailboxMessagesReadPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarkAllMailboxMessagesReadPayload'] = ResolversParentTypes['MarkAllMailboxMessagesReadPayload']> = {
  messages?: Resolver<Array<ResolversTypes['MailboxMessage']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MarkMailboxMessageReadPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MarkMailboxMessageReadPayload'] = ResolversParentTypes['MarkMailboxMessageReadPayload']> = {
  message?: Resolver<Maybe<ResolversTypes['MailboxMessage']>, ParentType, ContextType>;
  unreadCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrgRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type MembershipChangeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipChange'] = ResolversParentTypes['MembershipChange']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  activity?: Resolver<ResolversTypes['ActivityEntry'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptInvite?: Resolver<ResolversTypes['AcceptInvitePayload'], ParentType, ContextType, RequireFields<MutationAcceptInviteArgs, 'input'>>;
  addMember?: Resolver<ResolversTypes['AddMemberPayload'], ParentType, ContextType, RequireFields<MutationAddMemberArgs, 'input'>>;
  assignNodeToOrganisation?: Resolver<ResolversTypes['AssignNodeToOrganisationPayload'], ParentType, ContextType, RequireFields<MutationAssignNodeToOrganisationArgs, 'input'>>;
  clearActiveOrganisation?: Resolver<ResolversTypes['ClearActiveOrganisationPayload'], ParentType, ContextType>;
  createDnsRecord?: Resolver<ResolversTypes['CreateDnsRecordPayload'], ParentType, ContextType, RequireFields<MutationCreateDnsRecordArgs, 'input'>>;
  createDnsZone?: Resolver<ResolversTypes['CreateDnsZonePayload'], ParentType, ContextType, RequireFields<MutationCreateDnsZoneArgs, 'input'>>;
  createNode?: Resolver<ResolversTypes['CreateNodePayload'], ParentType, ContextType, RequireFields<MutationCreateNodeArgs, 'input'>>;
  createOrganisation?: Resolver<ResolversTypes['CreateOrganisationPayload'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  createServer?: Resolver<ResolversTypes['CreateServerPayload'], ParentType, ContextType, RequireFields<MutationCreateServerArgs, 'input'>>;
  createTunnelDevice?: Resolver<ResolversTypes['CreateTunnelDevicePayload'], ParentType, ContextType, RequireFields<MutationCreateTunnelDeviceArgs, 'input'>>;
  deleteDnsRecord?: Resolver<ResolversTypes['DeleteDnsRecordPayload'], ParentType, ContextType, RequireFields<MutationDeleteDnsRecordArgs, 'input'>>;
  deleteDnsZone?: Resolver<ResolversTypes['DeleteDnsZonePayload'], ParentType, ContextType, RequireFields<MutationDeleteDnsZoneArgs, 'input'>>;
  deleteNode?: Resolver<ResolversTypes['DeleteNodePayload'], ParentType, ContextType, RequireFields<MutationDeleteNodeArgs, 'input'>>;
  deleteOrganisation?: Resolver<ResolversTypes['DeleteOrganisationPayload'], ParentType, ContextType, RequireFields<MutationDeleteOrganisationArgs, 'input'>>;
  deleteServer?: Resolver<ResolversTypes['DeleteServerPayload'], ParentType, ContextType, RequireFields<MutationDeleteServerArgs, 'input'>>;
  deleteTunnelDevice?: Resolver<ResolversTypes['DeleteTunnelDevicePayload'], ParentType, ContextType, RequireFields<MutationDeleteTunnelDeviceArgs, 'input'>>;
  importDnsZone?: Resolver<ResolversTypes['ImportDnsZonePayload'], ParentType, ContextType, RequireFields<MutationImportDnsZoneArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  leaveOrganisation?: Resolver<ResolversTypes['LeaveOrganisationPayload'], ParentType, ContextType, RequireFields<MutationLeaveOrganisationArgs, 'input'>>;
  login?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType>;
  markAllMailboxMessagesRead?: Resolver<ResolversTypes['MarkAllMailboxMessagesReadPayload'], ParentType, ContextType>;
  markMailboxMessageRead?: Resolver<ResolversTypes['MarkMailboxMessageReadPayload'], ParentType, ContextType, RequireFields<MutationMarkMailboxMessageReadArgs, 'input'>>;
  register?: Resolver<ResolversTypes['AuthPayload'], ParentType, ContextType, RequireFields<MutationRegisterArgs, 'input'>>;
  rejectInvite?: Resolver<ResolversTypes['RejectInvitePayload'], ParentType, ContextType, RequireFields<MutationRejectInviteArgs, 'input'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  removeOrganisationAvatar?: Resolver<ResolversTypes['RemoveOrganisationAvatarPayload'], ParentType, ContextType, RequireFields<MutationRemoveOrganisationAvatarArgs, 'input'>>;
  renameTunnelDevice?: Resolver<ResolversTypes['RenameTunnelDevicePayload'], ParentType, ContextType, RequireFields<MutationRenameTunnelDeviceArgs, 'input'>>;
  resendInvite?: Resolver<ResolversTypes['ResendInvitePayload'], ParentType, ContextType, RequireFields<MutationResendInviteArgs, 'input'>>;
  resendVerificationEmail?: Resolver<ResolversTypes['ResendVerificationEmailPayload'], ParentType, ContextType>;
  revokeInvite?: Resolver<ResolversTypes['RevokeInvitePayload'], ParentType, ContextType, RequireFields<MutationRevokeInviteArgs, 'input'>>;
  selectOrganisation?: Resolver<ResolversTypes['SelectOrganisationPayload'], ParentType, ContextType, RequireFields<MutationSelectOrganisationArgs, 'input'>>;
  setFeatureFlag?: Resolver<ResolversTypes['SetFeatureFlagPayload'], ParentType, ContextType, RequireFields<MutationSetFeatureFlagArgs, 'input'>>;
  setMemberRole?: Resolver<ResolversTypes['SetMemberRolePayload'], ParentType, ContextType, RequireFields<MutationSetMemberRoleArgs, 'input'>>;
  setOrganisationAvatar?: Resolver<ResolversTypes['SetOrganisationAvatarPayload'], ParentType, ContextType, RequireFields<MutationSetOrganisationAvatarArgs, 'input'>>;
  unassignNode?: Resolver<ResolversTypes['UnassignNodePayload'], ParentType, ContextType, RequireFields<MutationUnassignNodeArgs, 'input'>>;
  updateDnsRecord?: Resolver<ResolversTypes['UpdateDnsRecordPayload'], ParentType, ContextType, RequireFields<MutationUpdateDnsRecordArgs, 'input'>>;
  updateNode?: Resolver<ResolversTypes['UpdateNodePayload'], ParentType, ContextType, RequireFields<MutationUpdateNodeArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['UpdateOrganisationPayload'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
};

export type OrgRoleResolvers = EnumResolverSignature<{ ADMIN?: any, MEMBER?: any, OWNER?: any }, ResolversTypes['OrgRole']>;

export type OrganisationResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  activity?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<OrganisationActivityArgs>>;
  avatarUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dnsZones?: Resolver<Maybe<ResolversTypes['DnsZoneConnection']>, ParentType, ContextType, Partial<OrganisationDnsZonesArgs>>;
  enabledFeatures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invites?: Resolver<ResolversTypes['InviteConnection'], ParentType, ContextType, Partial<OrganisationInvitesArgs>>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<OrganisationMembersArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  ownerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  portalTier?: Resolver<ResolversTypes['PortalTier'], ParentType, ContextType>;
  portalTierInfo?: Resolver<ResolversTypes['PortalTierInfo'], ParentType, ContextType>;
  servers?: Resolver<ResolversTypes['ServerConnection'], ParentType, ContextType, Partial<OrganisationServersArgs>>;
  tunnelDevices?: Resolver<ResolversTypes['TunnelDeviceConnection'], ParentType, ContextType, Partial<OrganisationTunnelDevicesArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  usage?: Resolver<ResolversTypes['OrganisationUsage'], ParentType, ContextType>;
  viewerRole?: Resolver<Maybe<ResolversTypes['OrgRole']>, ParentType, ContextType>;
};

export type OrganisationUsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['OrganisationUsage'] = ResolversParentTypes['OrganisationUsage']> = {
  servers?: Resolver<ResolversTypes['ServerUsage'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlatformRoleResolvers = EnumResolverSignature<{ ADMIN?: any, USER?: any }, ResolversTypes['PlatformRole']>;

export type PortalTierResolvers = EnumResolverSignature<{ EDUCATIONAL?: any, ENTERPRISE?: any, FREE?: any, PAID?: any }, ResolversTypes['PortalTier']>;

export type PortalTierInfoResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['PortalTierInfo'] = ResolversParentTypes['PortalTierInfo']> = {
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxServers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PortalTier'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType, RequireFields<QueryDnsZoneArgs, 'id'>>;
  featureFlags?: Resolver<Array<ResolversTypes['FeatureFlag']>, ParentType, ContextType>;
  handleAvailable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<QueryHandleAvailableArgs, 'handle'>>;
  nodes?: Resolver<Array<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisationByHandle?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<QueryOrganisationByHandleArgs, 'handle'>>;
  portalTiers?: Resolver<Array<ResolversTypes['PortalTierInfo']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RejectInvitePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RejectInvitePayload'] = ResolversParentTypes['RejectInvitePayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type RemoveMemberPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveMemberPayload'] = ResolversParentTypes['RemoveMemberPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  removedMembershipId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  removedUserId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RemoveOrganisationAvatarPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RemoveOrganisationAvatarPayload'] = ResolversParentTypes['RemoveOrganisationAvatarPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RenameTunnelDevicePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RenameTunnelDevicePayload'] = ResolversParentTypes['RenameTunnelDevicePayload']> = {
  tunnelDevice?: Resolver<Maybe<ResolversTypes['TunnelDevice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResendInvitePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResendInvitePayload'] = ResolversParentTypes['ResendInvitePayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type ResendVerificationEmailPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ResendVerificationEmailPayload'] = ResolversParentTypes['ResendVerificationEmailPayload']> = {
  sent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type RevokeInvitePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['RevokeInvitePayload'] = ResolversParentTypes['RevokeInvitePayload']> = {
  invite?: Resolver<Maybe<ResolversTypes['Invite']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SelectOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SelectOrganisationPayload'] = ResolversParentTypes['SelectOrganisationPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ServerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Server'] = ResolversParentTypes['Server']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServerNode'], ParentType, ContextType>;
  nodeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ServerConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServerConnection'] = ResolversParentTypes['ServerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ServerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Server']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServerEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServerEdge'] = ResolversParentTypes['ServerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Server'], ParentType, ContextType>;
};

export type ServerNodeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServerNode'] = ResolversParentTypes['ServerNode']> = {
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  dedicated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dedicatedOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  fqdn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  serverCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ServerUsageResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['ServerUsage'] = ResolversParentTypes['ServerUsage']> = {
  limit?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SetFeatureFlagPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetFeatureFlagPayload'] = ResolversParentTypes['SetFeatureFlagPayload']> = {
  featureFlag?: Resolver<Maybe<ResolversTypes['FeatureFlag']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetMemberRolePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetMemberRolePayload'] = ResolversParentTypes['SetMemberRolePayload']> = {
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SetOrganisationAvatarPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['SetOrganisationAvatarPayload'] = ResolversParentTypes['SetOrganisationAvatarPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  activityAdded?: SubscriptionResolver<ResolversTypes['ActivityEntry'], "activityAdded", ParentType, ContextType, RequireFields<SubscriptionActivityAddedArgs, 'organisationId'>>;
  mailboxMessageAdded?: SubscriptionResolver<ResolversTypes['MailboxMessage'], "mailboxMessageAdded", ParentType, ContextType>;
  membershipChanged?: SubscriptionResolver<ResolversTypes['MembershipChange'], "membershipChanged", ParentType, ContextType, RequireFields<SubscriptionMembershipChangedArgs, 'organisationId'>>;
  organisationUpdated?: SubscriptionResolver<ResolversTypes['Organisation'], "organisationUpdated", ParentType, ContextType, RequireFields<SubscriptionOrganisationUpdatedArgs, 'id'>>;
};

export type TunnelDeviceResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TunnelDevice'] = ResolversParentTypes['TunnelDevice']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type TunnelDeviceConnectionResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TunnelDeviceConnection'] = ResolversParentTypes['TunnelDeviceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TunnelDeviceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['TunnelDevice']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TunnelDeviceEdgeResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['TunnelDeviceEdge'] = ResolversParentTypes['TunnelDeviceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TunnelDevice'], ParentType, ContextType>;
};

export type UnassignNodePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UnassignNodePayload'] = ResolversParentTypes['UnassignNodePayload']> = {
  node?: Resolver<Maybe<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateDnsRecordPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateDnsRecordPayload'] = ResolversParentTypes['UpdateDnsRecordPayload']> = {
  dnsRecord?: Resolver<Maybe<ResolversTypes['DnsRecord']>, ParentType, ContextType>;
  dnsZone?: Resolver<Maybe<ResolversTypes['DnsZone']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateNodePayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateNodePayload'] = ResolversParentTypes['UpdateNodePayload']> = {
  node?: Resolver<Maybe<ResolversTypes['ServerNode']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export type UpdateOrganisationPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UpdateOrganisationPayload'] = ResolversParentTypes['UpdateOrganisationPayload']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
};

export interface UploadScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Upload'], any> {
  name: 'Upload';
}

export type UserResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UserErrorResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type VerifyEmailPayloadResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = {
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = RequestContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  activeOrganisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  dnsZones?: Resolver<Maybe<ResolversTypes['DnsZoneConnection']>, ParentType, ContextType, Partial<ViewerDnsZonesArgs>>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emailVerified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invites?: Resolver<Array<ResolversTypes['Invite']>, ParentType, ContextType>;
  mailbox?: Resolver<ResolversTypes['MailboxConnection'], ParentType, ContextType, Partial<ViewerMailboxArgs>>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  platformRole?: Resolver<ResolversTypes['PlatformRole'], ParentType, ContextType>;
  servers?: Resolver<ResolversTypes['ServerConnection'], ParentType, ContextType, Partial<ViewerServersArgs>>;
  tunnelDevices?: Resolver<ResolversTypes['TunnelDeviceConnection'], ParentType, ContextType, Partial<ViewerTunnelDevicesArgs>>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RequestContext> = {
  AcceptInvitePayload?: AcceptInvitePayloadResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityEntry?: ActivityEntryResolvers<ContextType>;
  AddMemberPayload?: AddMemberPayloadResolvers<ContextType>;
  AssignNodeToOrganisationPayload?: AssignNodeToOrganisationPayloadResolvers<ContextType>;
  AuthPayload?: AuthPayloadResolvers<ContextType>;
  ClearActiveOrganisationPayload?: ClearActiveOrganisationPayloadResolvers<ContextType>;
  CreateDnsRecordPayload?: CreateDnsRecordPayloadResolvers<ContextType>;
  CreateDnsZonePayload?: CreateDnsZonePayloadResolvers<ContextType>;
  CreateNodePayload?: CreateNodePayloadResolvers<ContextType>;
  CreateOrganisationPayload?: CreateOrganisationPayloadResolvers<ContextType>;
  CreateServerPayload?: CreateServerPayloadResolvers<ContextType>;
  CreateTunnelDevicePayload?: CreateTunnelDevicePayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteDnsRecordPayload?: DeleteDnsRecordPayloadResolvers<ContextType>;
  DeleteDnsZonePayload?: DeleteDnsZonePayloadResolvers<ContextType>;
  DeleteNodePayload?: DeleteNodePayloadResolvers<ContextType>;
  DeleteOrganisationPayload?: DeleteOrganisationPayloadResolvers<ContextType>;
  DeleteServerPayload?: DeleteServerPayloadResolvers<ContextType>;
  DeleteTunnelDevicePayload?: DeleteTunnelDevicePayloadResolvers<ContextType>;
  DnsRecord?: DnsRecordResolvers<ContextType>;
  DnsRecordConnection?: DnsRecordConnectionResolvers<ContextType>;
  DnsRecordEdge?: DnsRecordEdgeResolvers<ContextType>;
  DnsZone?: DnsZoneResolvers<ContextType>;
  DnsZoneConnection?: DnsZoneConnectionResolvers<ContextType>;
  DnsZoneEdge?: DnsZoneEdgeResolvers<ContextType>;
  DnsZoneFileRecord?: DnsZoneFileRecordResolvers<ContextType>;
  FeatureFlag?: FeatureFlagResolvers<ContextType>;
  FeatureFlagOverride?: FeatureFlagOverrideResolvers<ContextType>;
  ImportDnsZonePayload?: ImportDnsZonePayloadResolvers<ContextType>;
  Invite?: InviteResolvers<ContextType>;
  InviteConnection?: InviteConnectionResolvers<ContextType>;
  InviteDelivery?: InviteDeliveryResolvers<ContextType>;
  InviteEdge?: InviteEdgeResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  InviteStatus?: InviteStatusResolvers;
  InvitingOrganisation?: InvitingOrganisationResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LeaveOrganisationPayload?: LeaveOrganisationPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  MailDeliveryStatus?: MailDeliveryStatusResolvers;
  MailboxConnection?: MailboxConnectionResolvers<ContextType>;
  MailboxEdge?: MailboxEdgeResolvers<ContextType>;
  MailboxMessage?: MailboxMessageResolvers<ContextType>;
  MarkAllMailboxMessagesReadPayload?: MarkAllMailboxMessagesReadPayloadResolvers<ContextType>;
  MarkMailboxMessageReadPayload?: MarkMailboxMessageReadPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipChange?: MembershipChangeResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrgRole?: OrgRoleResolvers;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationUsage?: OrganisationUsageResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlatformRole?: PlatformRoleResolvers;
  PortalTier?: PortalTierResolvers;
  PortalTierInfo?: PortalTierInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RejectInvitePayload?: RejectInvitePayloadResolvers<ContextType>;
  RemoveMemberPayload?: RemoveMemberPayloadResolvers<ContextType>;
  RemoveOrganisationAvatarPayload?: RemoveOrganisationAvatarPayloadResolvers<ContextType>;
  RenameTunnelDevicePayload?: RenameTunnelDevicePayloadResolvers<ContextType>;
  ResendInvitePayload?: ResendInvitePayloadResolvers<ContextType>;
  ResendVerificationEmailPayload?: ResendVerificationEmailPayloadResolvers<ContextType>;
  RevokeInvitePayload?: RevokeInvitePayloadResolvers<ContextType>;
  SelectOrganisationPayload?: SelectOrganisationPayloadResolvers<ContextType>;
  Server?: ServerResolvers<ContextType>;
  ServerConnection?: ServerConnectionResolvers<ContextType>;
  ServerEdge?: ServerEdgeResolvers<ContextType>;
  ServerNode?: ServerNodeResolvers<ContextType>;
  ServerUsage?: ServerUsageResolvers<ContextType>;
  SetFeatureFlagPayload?: SetFeatureFlagPayloadResolvers<ContextType>;
  SetMemberRolePayload?: SetMemberRolePayloadResolvers<ContextType>;
  SetOrganisationAvatarPayload?: SetOrganisationAvatarPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TunnelDevice?: TunnelDeviceResolvers<ContextType>;
  TunnelDeviceConnection?: TunnelDeviceConnectionResolvers<ContextType>;
  TunnelDeviceEdge?: TunnelDeviceEdgeResolvers<ContextType>;
  UnassignNodePayload?: UnassignNodePayloadResolvers<ContextType>;
  UpdateDnsRecordPayload?: UpdateDnsRecordPayloadResolvers<ContextType>;
  UpdateNodePayload?: UpdateNodePayloadResolvers<ContextType>;
  UpdateOrganisationPayload?: UpdateOrganisationPayloadResolvers<ContextType>;
  Upload?: GraphQLScalarType;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RequestContext> = {
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  public?: PublicDirectiveResolver<any, any, ContextType>;
};
