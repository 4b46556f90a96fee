CREATE TABLE `alert_events` (
	`id` text PRIMARY KEY NOT NULL,
	`rule_id` text NOT NULL,
	`site_id` text NOT NULL,
	`key` text NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`segment` text,
	`at` text NOT NULL,
	`opened_at` text NOT NULL,
	`summary` text NOT NULL,
	`details` text NOT NULL,
	`response_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`rule_id`) REFERENCES `alert_rules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_events_key_unique` ON `alert_events` (`key`);--> statement-breakpoint
CREATE INDEX `alert_events_rule_idx` ON `alert_events` (`rule_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `alert_events_response_idx` ON `alert_events` (`response_id`);--> statement-breakpoint
CREATE TABLE `alert_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`filters` text,
	`group_by` text,
	`time_zone` text NOT NULL,
	`settings` text NOT NULL,
	`emails` text NOT NULL,
	`status` text NOT NULL,
	`cursor` text NOT NULL,
	`lease_until` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `alert_rules_site_idx` ON `alert_rules` (`site_id`);--> statement-breakpoint
CREATE INDEX `alert_rules_lease_idx` ON `alert_rules` (`status`,`lease_until`);--> statement-breakpoint
CREATE TABLE `alert_states` (
	`rule_id` text NOT NULL,
	`subject` text NOT NULL,
	`segment` text,
	`state` text NOT NULL,
	PRIMARY KEY(`rule_id`, `subject`),
	FOREIGN KEY (`rule_id`) REFERENCES `alert_rules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`headers` text NOT NULL,
	`response_id` text,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_due_idx` ON `mail_outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_response_idx` ON `mail_outbox` (`response_id`);