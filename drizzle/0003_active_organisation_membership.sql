-- A user's active organisation must be one they are a member of, and leaving (or being removed from)
-- it clears the selection: the foreign key points at the membership row, and deleting that row sets only
-- active_organisation_id back to null (PostgreSQL 15+ column list). Hand-written because drizzle-kit
-- cannot express ON DELETE SET NULL (column).
UPDATE "users" SET "active_organisation_id" = NULL
  WHERE "active_organisation_id" IS NOT NULL
    AND NOT EXISTS (
      SELECT 1 FROM "organisation_members" m
      WHERE m."organisation_id" = "users"."active_organisation_id" AND m."user_id" = "users"."id"
    );
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_active_organisation_membership_fk"
  FOREIGN KEY ("active_organisation_id", "id")
  REFERENCES "organisation_members" ("organisation_id", "user_id")
  ON DELETE SET NULL ("active_organisation_id");
