CREATE TABLE `digests` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`email` text NOT NULL,
	`interval` text NOT NULL,
	`time_zone` text NOT NULL,
	`hour` integer NOT NULL,
	`status` text NOT NULL,
	`unsubscribe_token` text NOT NULL,
	`last_period_end` integer,
	`next_send_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digests_unsubscribe_token_unique` ON `digests` (`unsubscribe_token`);--> statement-breakpoint
CREATE INDEX `digests_site_idx` ON `digests` (`site_id`);--> statement-breakpoint
CREATE INDEX `digests_due_idx` ON `digests` (`status`,`next_send_at`);