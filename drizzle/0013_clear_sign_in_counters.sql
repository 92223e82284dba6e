-- Failed-sign-in counters are transient (15-minute windows); the next migration changes
-- their meaning (attempts counted before the password check) and adds a NOT NULL column,
-- so the old rows go rather than being translated.
DELETE FROM "sign_in_throttle";
