-- Reason-chip counts per survey × UTC day × chip × score, kept at write time (store/reason-deltas.ts).
-- Answers stored before this migration are counted once on the next start.
CREATE TABLE `reason_counts` (
	`survey_id` text NOT NULL,
	`day` integer NOT NULL,
	`reason` text NOT NULL,
	`score` integer NOT NULL,
	`n` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `day`, `reason`, `score`)
) WITHOUT ROWID;
