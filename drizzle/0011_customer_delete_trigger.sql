ALTER TABLE "campaign_targets" DROP CONSTRAINT "campaign_targets_customer_id_customers_id_fk";
--> statement-breakpoint
ALTER TABLE "timeline_entries" DROP CONSTRAINT "timeline_entries_customer_id_customers_id_fk";
--> statement-breakpoint
-- Why no foreign keys on these two customer_id columns: executing a campaign inserts ~200,000
-- targets (and their timeline entries) in one statement, and each row's key check locks its
-- customer row (FOR KEY SHARE) and dirties that page: ~2.5 s of a 7 s execution at 210k
-- targets. The ON DELETE behaviour the keys gave is kept by one statement-level trigger.
-- A deletion racing an execution is excluded by an advisory lock (lib/customers/deletion-lock.ts).
CREATE FUNCTION customers_deleted_detach() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE campaign_targets SET customer_id = NULL WHERE customer_id IN (SELECT id FROM removed);
  DELETE FROM timeline_entries WHERE customer_id IN (SELECT id FROM removed);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_deleted_detach AFTER DELETE ON customers
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION customers_deleted_detach();
