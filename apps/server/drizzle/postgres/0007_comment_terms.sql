-- Comment terms per survey × UTC day × bucket, kept at write time (store/term-deltas.ts).
-- Comments stored before this migration are counted once on the next start.
CREATE TABLE "comment_terms" (
	"survey_id" text NOT NULL,
	"day" bigint NOT NULL,
	"bucket" text NOT NULL,
	"term" text NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "comment_terms_survey_id_day_bucket_term_pk" PRIMARY KEY("survey_id","day","bucket","term")
);
