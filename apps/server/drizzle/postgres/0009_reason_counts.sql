-- Reason-chip counts per survey × UTC day × chip × score, kept at write time (store/reason-deltas.ts).
-- Answers stored before this migration are counted once on the next start.
CREATE TABLE "reason_counts" (
	"survey_id" text NOT NULL,
	"day" bigint NOT NULL,
	"reason" text NOT NULL,
	"score" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "reason_counts_survey_id_day_reason_score_pk" PRIMARY KEY("survey_id","day","reason","score")
);
