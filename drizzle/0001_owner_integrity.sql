-- The organisation's owner_id must name a member whose role is 'owner'. With the partial unique index
-- organisation_members_one_owner (at most one owner per organisation) this makes "exactly one owner, and
-- owner_id names them" a database fact. Deferred, so an organisation and its owner membership can be
-- inserted, and ownership moved, inside one transaction.
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_owner_membership_fk"
  FOREIGN KEY ("id", "owner_id", "owner_role")
  REFERENCES "organisation_members" ("organisation_id", "user_id", "role")
  DEFERRABLE INITIALLY DEFERRED;
