import * as z from "zod";
import { DEFAULT_QUERY_LIMITS } from "./graphql/limits.ts";
import { parseDnsSettings, type DnsSettings } from "./modules/dns/settings.ts";

/**
 * Configuration is read from the environment once, at start. A bad value stops the process with a
 * message naming the variable (see `loadConfig`).
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const environmentSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().trim().min(1).default("0.0.0.0"),
    DATABASE_URL: optionalText.refine(
      (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
      "must be a postgres:// or postgresql:// URL",
    ),
    DATA_DIR: z.string().trim().min(1).default("./data"),
    PUBLIC_URL: optionalText.refine(
      (value) => value === undefined || URL.canParse(value),
      "must be an absolute URL such as https://panel.example.com",
    ),
    BOOTSTRAP_ADMIN_EMAIL: optionalText,
    BOOTSTRAP_ADMIN_PASSWORD: optionalText.refine(
      (value) => value === undefined || value.length >= 8,
      "must have at least 8 characters",
    ),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24 * 30),
    SMTP_URL: optionalText.refine(
      (value) => value === undefined || /^smtps?:\/\//.test(value),
      "must be an smtp:// or smtps:// URL",
    ),
    INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
    INVITES_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(50),
    INVITE_RESEND_COOLDOWN_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
    EMAIL_VERIFICATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(48),
    MAIL_FROM: optionalText,
    MAIL_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(2000),
    MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).max(3_600_000).default(60_000),
    MAIL_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
    MAIL_GIVE_UP_SECONDS: z.coerce.number().int().min(1).max(30 * 86_400).default(86_400),
    PERSONAL_SERVER_LIMIT: z.coerce.number().int().min(0).max(1000).default(2),
    FEATURES: z.string().trim().default("dns"),
    DNS_NAMESERVERS: optionalText,
    DNS_HOSTMASTER: optionalText,
    DNS_ZONES_PER_ORGANISATION: z.coerce.number().int().min(1).max(100_000).default(50),
    DNS_RECORDS_PER_ZONE: z.coerce.number().int().min(1).max(1_000_000).default(5000),
    DNS_WRITES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
    REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    IDLE_IN_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
    TRUST_PROXY: optionalText.refine((value) => value === undefined || parseTrustProxy(value) !== null, "must be a hop count (e.g. 1) or a comma-separated list of addresses and CIDR ranges"),
    ORGANISATIONS_PER_USER: z.coerce.number().int().min(1).max(100_000).default(100),
    TUNNEL_DEVICES_PER_OWNER: z.coerce.number().int().min(1).max(100_000).default(100),
    REGISTRATIONS_PER_ADDRESS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(DEFAULT_QUERY_LIMITS.maxDepth),
    GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_QUERY_LIMITS.maxAliases),
    GRAPHQL_MAX_DIRECTIVES: z.coerce.number().int().min(1).max(10_000).default(DEFAULT_QUERY_LIMITS.maxDirectives),
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_QUERY_LIMITS.maxTokens),
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(10_000_000).default(DEFAULT_QUERY_LIMITS.maxCost),
    METRICS_TOKEN: optionalText,
    AVATAR_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(5 * 1024 * 1024),
    CORS_ORIGINS: z.string().trim().default("").refine((value) => parseOrigins(value) !== null, "must be comma-separated origins such as https://app.example.com (scheme, host and port only)"),
    SUBSCRIPTION_SESSION_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  })
  .superRefine((env, issues) => {
    try {
      parseDnsSettings({ DNS_NAMESERVERS: env.DNS_NAMESERVERS, DNS_HOSTMASTER: env.DNS_HOSTMASTER });
    } catch (error) {
      const [variable, ...rest] = (error as Error).message.split(": ");
      issues.addIssue({ code: "custom", path: [variable!], message: rest.join(": ") });
    }
    if (Boolean(env.BOOTSTRAP_ADMIN_EMAIL) !== Boolean(env.BOOTSTRAP_ADMIN_PASSWORD)) {
      issues.addIssue({
        code: "custom",
        path: [env.BOOTSTRAP_ADMIN_EMAIL ? "BOOTSTRAP_ADMIN_PASSWORD" : "BOOTSTRAP_ADMIN_EMAIL"],
        message: "BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together",
      });
    }
  });

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  bootstrapAdmin: { email: string; password: string } | undefined;
  logLevel: z.infer<typeof environmentSchema>["LOG_LEVEL"];
  sessionTtlHours: number;
  smtpUrl: string | undefined;
  inviteTtlDays: number;
  /** Invites (and resends) one organisation may send per 24 hours. */
  invitesPerDay: number;
  inviteResendCooldownSeconds: number;
  emailVerificationTtlHours: number;
  /** Outgoing mail: sender, and the worker's polling, retry and give-up tuning. */
  mail: { from: string; pollMs: number; retryBaseMs: number; retryMaxMs: number; sendTimeoutMs: number; giveUpSeconds: number };
  personalServerLimit: number;
  /** Feature flags on by default, e.g. `dns` (FEATURES, comma-separated); the database can override each. */
  features: ReadonlySet<string>;
  /** DNS: the nameservers and hostmaster of every zone's SOA and NS, and the caps on zones, records and writes. */
  dns: DnsSettings & { zonesPerOrganisation: number; recordsPerZone: number; writesPerMinute: number };
  /** What one GraphQL request may cost, checked before execution (src/graphql/limits.ts). */
  graphql: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number };
  /** When set, GET /metrics wants it as a bearer token; unset, /metrics is open (restrict it at the proxy). */
  metricsToken: string | undefined;
  /** Avatars: the largest upload accepted, in bytes. */
  avatarMaxBytes: number;
  /** Origins whose pages may call /graphql and /api from a browser (CORS); empty: same-origin only. */
  corsOrigins: ReadonlySet<string>;
  /** How often a subscription's session is checked again, besides on every event (seconds). */
  subscriptionSessionCheckSeconds: number;
  /** How long an HTTP request (body included) may take, and a SQL statement or an idle transaction may last, in ms (0: no limit). */
  timeouts: { requestMs: number; statementMs: number; idleInTransactionMs: number };
  /** Which proxies to believe about the client's address: a hop count, or addresses and CIDR ranges; unset: none. */
  trustProxy: number | string[] | undefined;
  /** Caps that keep one account from growing tables without bound. */
  limits: { organisationsPerUser: number; tunnelDevicesPerOwner: number; registrationsPerAddressPerHour: number };
};

/** TRUST_PROXY as fastify takes it: a hop count, or a list of addresses/CIDR ranges; null when malformed. */
export function parseTrustProxy(value: string): number | string[] | null {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  const address = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]+)(\/\d{1,3})?$/i;
  return entries.length && entries.every((entry) => address.test(entry)) ? entries : null;
}

/** CORS_ORIGINS as a set of exact origins (`https://app.example.com`); null when one is not an origin. */
export function parseOrigins(value: string): Set<string> | null {
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  const valid = entries.every((entry) => URL.canParse(entry) && /^https?:$/.test(new URL(entry).protocol) && new URL(entry).origin === entry);
  return valid ? new Set(entries) : null;
}

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws a ConfigError that names each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ""),
    bootstrapAdmin:
      e.BOOTSTRAP_ADMIN_EMAIL && e.BOOTSTRAP_ADMIN_PASSWORD
        ? { email: e.BOOTSTRAP_ADMIN_EMAIL, password: e.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    smtpUrl: e.SMTP_URL,
    inviteTtlDays: e.INVITE_TTL_DAYS,
    invitesPerDay: e.INVITES_PER_DAY,
    inviteResendCooldownSeconds: e.INVITE_RESEND_COOLDOWN_SECONDS,
    emailVerificationTtlHours: e.EMAIL_VERIFICATION_TTL_HOURS,
    mail: {
      from: e.MAIL_FROM ?? `Guildhall <no-reply@${new URL(e.PUBLIC_URL ?? "http://localhost").hostname}>`,
      pollMs: e.MAIL_POLL_MS,
      retryBaseMs: e.MAIL_RETRY_BASE_MS,
      retryMaxMs: e.MAIL_RETRY_MAX_MS,
      sendTimeoutMs: e.MAIL_SEND_TIMEOUT_MS,
      giveUpSeconds: e.MAIL_GIVE_UP_SECONDS,
    },
    personalServerLimit: e.PERSONAL_SERVER_LIMIT,
    features: new Set(
      e.FEATURES.split(",")
        .map((flag) => flag.trim())
        .filter(Boolean),
    ),
    dns: {
      ...parseDnsSettings({ DNS_NAMESERVERS: e.DNS_NAMESERVERS, DNS_HOSTMASTER: e.DNS_HOSTMASTER }),
      zonesPerOrganisation: e.DNS_ZONES_PER_ORGANISATION,
      recordsPerZone: e.DNS_RECORDS_PER_ZONE,
      writesPerMinute: e.DNS_WRITES_PER_MINUTE,
    },
    avatarMaxBytes: e.AVATAR_MAX_BYTES,
    metricsToken: e.METRICS_TOKEN,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxCost: e.GRAPHQL_MAX_COST,
    },
    corsOrigins: parseOrigins(e.CORS_ORIGINS)!,
    subscriptionSessionCheckSeconds: e.SUBSCRIPTION_SESSION_CHECK_SECONDS,
    timeouts: { requestMs: e.REQUEST_TIMEOUT_MS, statementMs: e.STATEMENT_TIMEOUT_MS, idleInTransactionMs: e.IDLE_IN_TRANSACTION_TIMEOUT_MS },
    trustProxy: e.TRUST_PROXY === undefined ? undefined : parseTrustProxy(e.TRUST_PROXY)!,
    limits: {
      organisationsPerUser: e.ORGANISATIONS_PER_USER,
      tunnelDevicesPerOwner: e.TUNNEL_DEVICES_PER_OWNER,
      registrationsPerAddressPerHour: e.REGISTRATIONS_PER_ADDRESS_PER_HOUR,
    },
  };
}
