-- The newest-first indexes were built "DESC NULLS LAST" (drizzle-kit's default), which no `ORDER BY id DESC` (NULLS FIRST)
-- can walk: PostgreSQL sorted every entry of an organisation, or walked the whole table's primary key backwards,
-- to find a page. Rebuilt in the order the queries ask for.
DROP INDEX "activity_entries_org_id_idx";--> statement-breakpoint
DROP INDEX "activity_entries_org_action_id_idx";--> statement-breakpoint
DROP INDEX "organisation_invites_org_id_idx";--> statement-breakpoint
DROP INDEX "mail_outbox_invite_id_idx";--> statement-breakpoint
DROP INDEX "mailbox_messages_user_id_idx";--> statement-breakpoint
CREATE INDEX "activity_entries_org_id_idx" ON "activity_entries" USING btree ("organisation_id","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "activity_entries_org_action_id_idx" ON "activity_entries" USING btree ("organisation_id","action","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "organisation_invites_org_id_idx" ON "organisation_invites" USING btree ("organisation_id","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "mail_outbox_invite_id_idx" ON "mail_outbox" USING btree ("invite_id","id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "mailbox_messages_user_id_idx" ON "mailbox_messages" USING btree ("user_id","id" DESC NULLS FIRST);