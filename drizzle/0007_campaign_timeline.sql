-- An executed campaign appears on the timeline of each of its targets. Statement-level with a
-- transition table: executing for 200,000 targets is one INSERT … SELECT, not 200,000 calls.
CREATE FUNCTION timeline_campaign_targets_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO timeline_entries (customer_id, organization_id, kind, ref_id, occurred_at)
  SELECT t.customer_id, c.organization_id, 'campaign', t.id, coalesce(cp.executed_at, now())
  FROM inserted t JOIN customers c ON c.id = t.customer_id JOIN campaigns cp ON cp.id = t.campaign_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_campaign_targets AFTER INSERT ON campaign_targets
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION timeline_campaign_targets_inserted();
--> statement-breakpoint
CREATE FUNCTION timeline_campaign_targets_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM timeline_entries WHERE kind = 'campaign' AND ref_id IN (SELECT id FROM removed);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_campaign_targets_removed AFTER DELETE ON campaign_targets
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION timeline_campaign_targets_deleted();
