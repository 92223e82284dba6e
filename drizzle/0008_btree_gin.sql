-- btree_gin lets one GIN index hold the keyword grams and the status/class/tag columns.
CREATE EXTENSION IF NOT EXISTS btree_gin;
--> statement-breakpoint
-- Index-only capped counts for status/class/tag filters (drizzle cannot declare INCLUDE).
CREATE INDEX IF NOT EXISTS customers_status_class_idx ON customers (status_id, class_id) INCLUDE (tag_ids, important);
--> statement-breakpoint
-- ヶ and ヵ are read け and か (希望ヶ丘 = 希望ケ丘): the normalization now folds them, so the
-- stored search text and grams of the few rows holding them are rebuilt here.
UPDATE customers SET search_text = translate(search_text, 'ゖゕ', 'けか') WHERE search_text ~ '[ゖゕ]';
--> statement-breakpoint
UPDATE customers c SET search_grams = g.grams
FROM (
  SELECT id, array_agg(DISTINCT gram) AS grams FROM (
    SELECT id, substr(search_text, i, 1) AS gram FROM customers, generate_series(1, length(search_text)) i WHERE search_grams && ARRAY['ゖ', 'ゕ']
    UNION ALL
    SELECT id, substr(search_text, i, 2) FROM customers, generate_series(1, length(search_text) - 1) i WHERE search_grams && ARRAY['ゖ', 'ゕ']
  ) parts WHERE position(chr(31) IN gram) = 0 GROUP BY id
) g WHERE c.id = g.id;
