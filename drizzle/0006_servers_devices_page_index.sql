DROP INDEX "servers_organisation_id_idx";--> statement-breakpoint
DROP INDEX "servers_owner_user_id_idx";--> statement-breakpoint
DROP INDEX "tunnel_devices_organisation_id_idx";--> statement-breakpoint
DROP INDEX "tunnel_devices_owner_user_id_idx";--> statement-breakpoint
CREATE INDEX "servers_organisation_id_idx" ON "servers" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "servers_owner_user_id_idx" ON "servers" USING btree ("owner_user_id","id");--> statement-breakpoint
CREATE INDEX "tunnel_devices_organisation_id_idx" ON "tunnel_devices" USING btree ("organisation_id","id");--> statement-breakpoint
CREATE INDEX "tunnel_devices_owner_user_id_idx" ON "tunnel_devices" USING btree ("owner_user_id","id");