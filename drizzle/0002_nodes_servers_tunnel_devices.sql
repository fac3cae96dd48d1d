CREATE TABLE "nodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"fqdn" text NOT NULL,
	"location" text NOT NULL,
	"capacity" integer NOT NULL,
	"dedicated_organisation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nodes_capacity_non_negative" CHECK ("nodes"."capacity" >= 0),
	CONSTRAINT "nodes_name_length" CHECK (char_length("nodes"."name") between 1 and 100),
	CONSTRAINT "nodes_location_length" CHECK (char_length("nodes"."location") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "servers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"owner_user_id" uuid,
	"node_id" uuid NOT NULL,
	"created_by_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "servers_one_owner" CHECK (num_nonnulls("servers"."organisation_id", "servers"."owner_user_id") = 1),
	CONSTRAINT "servers_name_length" CHECK (char_length("servers"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "tunnel_devices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"owner_user_id" uuid,
	"created_by_id" uuid,
	"enrollment_secret_hash" text NOT NULL,
	"last_seen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tunnel_devices_one_owner" CHECK (num_nonnulls("tunnel_devices"."organisation_id", "tunnel_devices"."owner_user_id") = 1),
	CONSTRAINT "tunnel_devices_name_length" CHECK (char_length("tunnel_devices"."name") between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "nodes" ADD CONSTRAINT "nodes_dedicated_organisation_id_organisations_id_fk" FOREIGN KEY ("dedicated_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servers" ADD CONSTRAINT "servers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servers" ADD CONSTRAINT "servers_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servers" ADD CONSTRAINT "servers_node_id_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."nodes"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "servers" ADD CONSTRAINT "servers_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tunnel_devices" ADD CONSTRAINT "tunnel_devices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tunnel_devices" ADD CONSTRAINT "tunnel_devices_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tunnel_devices" ADD CONSTRAINT "tunnel_devices_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nodes_fqdn_unique" ON "nodes" USING btree ("fqdn");--> statement-breakpoint
CREATE INDEX "nodes_dedicated_organisation_id_idx" ON "nodes" USING btree ("dedicated_organisation_id");--> statement-breakpoint
CREATE INDEX "servers_organisation_id_idx" ON "servers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "servers_owner_user_id_idx" ON "servers" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "servers_node_id_idx" ON "servers" USING btree ("node_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tunnel_devices_enrollment_secret_hash_unique" ON "tunnel_devices" USING btree ("enrollment_secret_hash");--> statement-breakpoint
CREATE INDEX "tunnel_devices_organisation_id_idx" ON "tunnel_devices" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "tunnel_devices_owner_user_id_idx" ON "tunnel_devices" USING btree ("owner_user_id");