-- Comment search (q=): pg_trgm's GIN index serves ILIKE '%text%' for three
-- characters or more, in any script and without word boundaries. pg_trgm is a
-- trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "responses_comment_trgm_idx" ON "responses" USING gin ("comment" gin_trgm_ops);
