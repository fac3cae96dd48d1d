CREATE TABLE "avatars" (
	"file_name" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "avatars_file_name_format" CHECK ("avatars"."file_name" ~ '^[0-9a-f]{64}[.](png|jpg)$'),
	CONSTRAINT "avatars_content_type_valid" CHECK ("avatars"."content_type" in ('image/png', 'image/jpeg'))
);
--> statement-breakpoint
CREATE TABLE "dns_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"zone_name" text NOT NULL,
	"name" text NOT NULL,
	"fqdn" text GENERATED ALWAYS AS (case when name = '@' then zone_name else name || '.' || zone_name end) STORED NOT NULL,
	"type" text NOT NULL,
	"content" text NOT NULL,
	"ttl" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dns_records_name_format" CHECK ("dns_records"."name" ~ '^(@|([*]|[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)([.][a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*)$'),
	CONSTRAINT "dns_records_fqdn_length" CHECK (char_length("dns_records"."fqdn") <= 253),
	CONSTRAINT "dns_records_type_valid" CHECK ("dns_records"."type" in ('A', 'AAAA', 'CNAME', 'NS', 'PTR', 'MX', 'TXT', 'SRV', 'CAA')),
	CONSTRAINT "dns_records_ttl_range" CHECK ("dns_records"."ttl" between 60 and 86400),
	CONSTRAINT "dns_records_apex_reserved" CHECK (not ("dns_records"."name" = '@' and "dns_records"."type" in ('NS', 'CNAME'))),
	CONSTRAINT "dns_records_content_length" CHECK (char_length("dns_records"."content") between 1 and 16384),
	CONSTRAINT "dns_records_priority_format" CHECK ("dns_records"."type" not in ('MX', 'SRV') or "dns_records"."content" ~ '^[0-9]{1,5} [^ ]')
);
--> statement-breakpoint
CREATE TABLE "dns_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"nameservers" text[] NOT NULL,
	"hostmaster" text NOT NULL,
	"soa_ttl" integer DEFAULT 3600 NOT NULL,
	"ns_ttl" integer DEFAULT 3600 NOT NULL,
	"soa_refresh" integer DEFAULT 10800 NOT NULL,
	"soa_retry" integer DEFAULT 3600 NOT NULL,
	"soa_expire" integer DEFAULT 1209600 NOT NULL,
	"soa_minimum" integer DEFAULT 300 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dns_settings_single_row" CHECK ("dns_settings"."id"),
	CONSTRAINT "dns_settings_nameservers_present" CHECK (cardinality("dns_settings"."nameservers") between 1 and 13),
	CONSTRAINT "dns_settings_hostmaster_present" CHECK (char_length("dns_settings"."hostmaster") between 1 and 253),
	CONSTRAINT "dns_settings_timers_positive" CHECK (least("dns_settings"."soa_ttl", "dns_settings"."ns_ttl", "dns_settings"."soa_refresh", "dns_settings"."soa_retry", "dns_settings"."soa_expire", "dns_settings"."soa_minimum") > 0)
);
--> statement-breakpoint
CREATE TABLE "dns_zones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"serial" bigint DEFAULT 1 NOT NULL,
	"pdns_id" integer GENERATED ALWAYS AS IDENTITY (sequence name "dns_zones_pdns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dns_zones_name_unique" UNIQUE("name"),
	CONSTRAINT "dns_zones_pdns_id_unique" UNIQUE("pdns_id"),
	CONSTRAINT "dns_zones_id_name_unique" UNIQUE("id","name"),
	CONSTRAINT "dns_zones_name_format" CHECK ("dns_zones"."name" ~ '^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?([.][a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+$' and char_length("dns_zones"."name") <= 253),
	CONSTRAINT "dns_zones_serial_range" CHECK ("dns_zones"."serial" between 0 and 4294967295)
);
--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"name" text PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisation_feature_flags" (
	"organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"enabled" boolean NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_feature_flags_pk" PRIMARY KEY("organisation_id","name")
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "avatar_file_name" text;--> statement-breakpoint
ALTER TABLE "dns_records" ADD CONSTRAINT "dns_records_zone_fk" FOREIGN KEY ("zone_id","zone_name") REFERENCES "public"."dns_zones"("id","name") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "dns_zones" ADD CONSTRAINT "dns_zones_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dns_zones" ADD CONSTRAINT "dns_zones_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_feature_flags" ADD CONSTRAINT "organisation_feature_flags_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_feature_flags" ADD CONSTRAINT "organisation_feature_flags_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dns_records_zone_id_idx" ON "dns_records" USING btree ("zone_id","id");--> statement-breakpoint
CREATE INDEX "dns_records_fqdn_type_idx" ON "dns_records" USING btree ("fqdn","type");--> statement-breakpoint
CREATE INDEX "dns_records_zone_reverse_fqdn_idx" ON "dns_records" USING btree ("zone_id",(reverse("fqdn") collate "C"));--> statement-breakpoint
CREATE INDEX "dns_zones_organisation_id_idx" ON "dns_zones" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "dns_zones_created_by_id_idx" ON "dns_zones" USING btree ("created_by_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_avatar_file_name_avatars_file_name_fk" FOREIGN KEY ("avatar_file_name") REFERENCES "public"."avatars"("file_name") ON DELETE set null ON UPDATE no action;