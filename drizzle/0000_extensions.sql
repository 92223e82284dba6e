-- drizzle-kit does not emit CREATE EXTENSION. pg_trgm serves the Japanese keyword search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
