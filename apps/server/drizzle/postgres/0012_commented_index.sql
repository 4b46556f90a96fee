-- Counts under q= read only answers with a comment, in time order, with their score (a comment
-- itself can exceed the size of a PostgreSQL index entry, so SQLite's index alone holds it).
CREATE INDEX "responses_survey_commented_idx" ON "responses" USING btree ("survey_id","received_at","score") WHERE "responses"."comment" IS NOT NULL;
