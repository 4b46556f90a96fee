CREATE TABLE `response_rollups` (
	`survey_id` text NOT NULL,
	`grain` integer NOT NULL,
	`start` integer NOT NULL,
	`score` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `grain`, `start`, `score`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `score`, `n`)
SELECT `survey_id`, 0, `received_at` - (`received_at` % 900000), `score`, count(*) FROM `responses` GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `score`, `n`)
SELECT `survey_id`, 1, `received_at` - (`received_at` % 3600000), `score`, count(*) FROM `responses` GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `score`, `n`)
SELECT `survey_id`, 2, `received_at` - (`received_at` % 86400000), `score`, count(*) FROM `responses` GROUP BY 1, 3, 4;
