-- Day counts for filtered metrics, kept at write time (store/filter-count-deltas.ts): answers per
-- survey × UTC day × the four rolled segments × score, and per attribute × string or boolean value × score.
-- Answers stored before this migration are counted here, once.
CREATE TABLE "attribute_counts" (
	"survey_id" text NOT NULL,
	"attribute" text NOT NULL,
	"day" bigint NOT NULL,
	"value" text NOT NULL,
	"score" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "attribute_counts_survey_id_attribute_day_value_score_pk" PRIMARY KEY("survey_id","attribute","day","value","score")
);
--> statement-breakpoint
CREATE TABLE "segment_counts" (
	"survey_id" text NOT NULL,
	"day" bigint NOT NULL,
	"touchpoint" text NOT NULL,
	"device" text NOT NULL,
	"country" text NOT NULL,
	"locale" text NOT NULL,
	"score" smallint NOT NULL,
	"n" integer NOT NULL,
	CONSTRAINT "segment_counts_survey_id_day_touchpoint_device_country_locale_score_pk" PRIMARY KEY("survey_id","day","touchpoint","device","country","locale","score")
);
--> statement-breakpoint
INSERT INTO "segment_counts" ("survey_id", "day", "touchpoint", "device", "country", "locale", "score", "n")
SELECT "survey_id", "received_at" - ("received_at" % 86400000), coalesce("touchpoint", ''), coalesce("device", ''), coalesce("country", ''), coalesce("locale", ''), "score", count(*)
FROM "responses" GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO "attribute_counts" ("survey_id", "attribute", "day", "value", "score", "n")
SELECT r."survey_id", j.key, r."received_at" - (r."received_at" % 86400000), j.value #>> '{}', r."score", count(*)
FROM "responses" r, jsonb_each(r."attributes") j WHERE jsonb_typeof(j.value) IN ('string', 'boolean') GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
-- Counts under q= read only answers with a comment, in time order, with their score (a comment
-- itself can exceed the size of a PostgreSQL index entry, so SQLite's index alone holds it).
CREATE INDEX "responses_survey_commented_idx" ON "responses" USING btree ("survey_id","received_at","score") WHERE "responses"."comment" IS NOT NULL;
