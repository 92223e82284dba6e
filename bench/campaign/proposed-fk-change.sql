-- Proposed (issue 8): per-row foreign-key checks on customer_id lock every target's customer
-- row (FOR KEY SHARE) and dirty its page; at 200,000 targets that is about 4.5 s of an 11 s
-- execution. One statement-level trigger on customers keeps the ON DELETE behaviour instead.
ALTER TABLE campaign_targets DROP CONSTRAINT campaign_targets_customer_id_customers_id_fk;
ALTER TABLE timeline_entries DROP CONSTRAINT timeline_entries_customer_id_customers_id_fk;
CREATE FUNCTION customers_deleted_detach() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE campaign_targets SET customer_id = NULL WHERE customer_id IN (SELECT id FROM removed);
  DELETE FROM timeline_entries WHERE customer_id IN (SELECT id FROM removed);
  RETURN NULL;
END $$;
CREATE TRIGGER customers_deleted_detach AFTER DELETE ON customers
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION customers_deleted_detach();
