-- The timeline index (timeline_entries) is kept by the database itself, so that every write
-- path (forms, bulk changes, settings moves, CSV imports) leaves it right.

-- A status change becomes a timeline entry of its customer (and the customer's organization).
CREATE FUNCTION timeline_status_change_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO timeline_entries (customer_id, organization_id, kind, ref_id, occurred_at)
  SELECT NEW.customer_id, c.organization_id, 'status_change', NEW.id, NEW.changed_at FROM customers c WHERE c.id = NEW.customer_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_status_change AFTER INSERT ON customer_status_changes
  FOR EACH ROW EXECUTE FUNCTION timeline_status_change_inserted();
--> statement-breakpoint

-- Joining or leaving an organization moves the customer's whole history with it.
CREATE FUNCTION timeline_customer_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE timeline_entries SET organization_id = NEW.organization_id WHERE customer_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_customer_organization AFTER UPDATE OF organization_id ON customers
  FOR EACH ROW WHEN (OLD.organization_id IS DISTINCT FROM NEW.organization_id)
  EXECUTE FUNCTION timeline_customer_organization_changed();
--> statement-breakpoint

-- Reports and schedules: one entry each, at occurred_at / starts_at, following edits and deletes.
CREATE FUNCTION timeline_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  at timestamptz;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM timeline_entries WHERE kind = TG_ARGV[0] AND ref_id = OLD.id;
    RETURN NULL;
  END IF;
  at := CASE WHEN TG_ARGV[0] = 'report' THEN (to_jsonb(NEW) ->> 'occurred_at')::timestamptz ELSE (to_jsonb(NEW) ->> 'starts_at')::timestamptz END;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO timeline_entries (customer_id, organization_id, kind, ref_id, occurred_at)
    SELECT NEW.customer_id, c.organization_id, TG_ARGV[0], NEW.id, at FROM customers c WHERE c.id = NEW.customer_id;
  ELSE
    UPDATE timeline_entries SET occurred_at = at,
      customer_id = NEW.customer_id,
      organization_id = (SELECT organization_id FROM customers WHERE id = NEW.customer_id)
    WHERE kind = TG_ARGV[0] AND ref_id = NEW.id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER timeline_report AFTER INSERT OR UPDATE OF occurred_at, customer_id OR DELETE ON reports
  FOR EACH ROW EXECUTE FUNCTION timeline_record_changed('report');
--> statement-breakpoint
CREATE TRIGGER timeline_schedule AFTER INSERT OR UPDATE OF starts_at, customer_id OR DELETE ON schedules
  FOR EACH ROW EXECUTE FUNCTION timeline_record_changed('schedule');
--> statement-breakpoint

-- History written before this migration.
INSERT INTO timeline_entries (customer_id, organization_id, kind, ref_id, occurred_at)
SELECT s.customer_id, c.organization_id, 'status_change', s.id, s.changed_at
FROM customer_status_changes s JOIN customers c ON c.id = s.customer_id;
