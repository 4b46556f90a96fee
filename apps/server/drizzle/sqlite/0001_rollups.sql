CREATE TABLE `response_group_rollups` (
	`survey_id` text NOT NULL,
	`dimension` integer NOT NULL,
	`grain` integer NOT NULL,
	`start` integer NOT NULL,
	`segment` text NOT NULL,
	`s0` integer DEFAULT 0 NOT NULL,
	`s1` integer DEFAULT 0 NOT NULL,
	`s2` integer DEFAULT 0 NOT NULL,
	`s3` integer DEFAULT 0 NOT NULL,
	`s4` integer DEFAULT 0 NOT NULL,
	`s5` integer DEFAULT 0 NOT NULL,
	`s6` integer DEFAULT 0 NOT NULL,
	`s7` integer DEFAULT 0 NOT NULL,
	`s8` integer DEFAULT 0 NOT NULL,
	`s9` integer DEFAULT 0 NOT NULL,
	`s10` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `dimension`, `grain`, `start`, `segment`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TABLE `response_rollups` (
	`survey_id` text NOT NULL,
	`grain` integer NOT NULL,
	`start` integer NOT NULL,
	`s0` integer DEFAULT 0 NOT NULL,
	`s1` integer DEFAULT 0 NOT NULL,
	`s2` integer DEFAULT 0 NOT NULL,
	`s3` integer DEFAULT 0 NOT NULL,
	`s4` integer DEFAULT 0 NOT NULL,
	`s5` integer DEFAULT 0 NOT NULL,
	`s6` integer DEFAULT 0 NOT NULL,
	`s7` integer DEFAULT 0 NOT NULL,
	`s8` integer DEFAULT 0 NOT NULL,
	`s9` integer DEFAULT 0 NOT NULL,
	`s10` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`survey_id`, `grain`, `start`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 0, `received_at` - (`received_at` % 900000), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 1, `received_at` - (`received_at` % 3600000), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO `response_rollups` (`survey_id`, `grain`, `start`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 2, `received_at` - (`received_at` % 86400000), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 3;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 0, 1, `received_at` - (`received_at` % 3600000), coalesce(`touchpoint`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 0, 2, `received_at` - (`received_at` % 86400000), coalesce(`touchpoint`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 1, 1, `received_at` - (`received_at` % 3600000), coalesce(`device`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 1, 2, `received_at` - (`received_at` % 86400000), coalesce(`device`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 2, 1, `received_at` - (`received_at` % 3600000), coalesce(`country`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 2, 2, `received_at` - (`received_at` % 86400000), coalesce(`country`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 3, 1, `received_at` - (`received_at` % 3600000), coalesce(`locale`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
--> statement-breakpoint
INSERT INTO `response_group_rollups` (`survey_id`, `dimension`, `grain`, `start`, `segment`, `s0`, `s1`, `s2`, `s3`, `s4`, `s5`, `s6`, `s7`, `s8`, `s9`, `s10`)
SELECT `survey_id`, 3, 2, `received_at` - (`received_at` % 86400000), coalesce(`locale`, ''), sum(`score` = 0), sum(`score` = 1), sum(`score` = 2), sum(`score` = 3), sum(`score` = 4), sum(`score` = 5), sum(`score` = 6), sum(`score` = 7), sum(`score` = 8), sum(`score` = 9), sum(`score` = 10) FROM `responses` GROUP BY 1, 4, 5;
