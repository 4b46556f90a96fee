-- Day counts for filtered metrics, kept at write time (store/filter-count-deltas.ts): answers per
-- survey × UTC day × the four rolled segments × score, and per attribute × string or boolean value × score.
-- Answers stored before this migration are counted here, once.
CREATE TABLE `attribute_counts` (
	`survey_id` text NOT NULL,
	`attribute` text NOT NULL,
	`day` integer NOT NULL,
	`value` text NOT NULL,
	`score` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `attribute`, `day`, `value`, `score`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `segment_counts` (
	`survey_id` text NOT NULL,
	`day` integer NOT NULL,
	`touchpoint` text NOT NULL,
	`device` text NOT NULL,
	`country` text NOT NULL,
	`locale` text NOT NULL,
	`score` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `day`, `touchpoint`, `device`, `country`, `locale`, `score`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `segment_counts` (`survey_id`, `day`, `touchpoint`, `device`, `country`, `locale`, `score`, `n`)
SELECT `survey_id`, `received_at` - (`received_at` % 86400000), coalesce(`touchpoint`, ''), coalesce(`device`, ''), coalesce(`country`, ''), coalesce(`locale`, ''), `score`, count(*)
FROM `responses` GROUP BY 1, 2, 3, 4, 5, 6, 7;
--> statement-breakpoint
INSERT INTO `attribute_counts` (`survey_id`, `attribute`, `day`, `value`, `score`, `n`)
SELECT r.`survey_id`, j.`key`, r.`received_at` - (r.`received_at` % 86400000), CASE j.`type` WHEN 'text' THEN j.`value` ELSE j.`type` END, r.`score`, count(*)
FROM `responses` r, json_each(r.`attributes`) j WHERE j.`type` IN ('text', 'true', 'false') GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
-- Counts under q= read only answers with a comment, from the index alone: time, score and the comment.
CREATE INDEX `responses_survey_commented_idx` ON `responses` (`survey_id`,`received_at`,`score`,`comment`) WHERE "responses"."comment" IS NOT NULL;
