CREATE TABLE `campaign_answers` (
	`response_id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`campaign_id` text NOT NULL,
	`email_hash` text NOT NULL,
	`user_id` text NOT NULL,
	`round` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaign_answers_hash_idx` ON `campaign_answers` (`site_id`,`email_hash`);--> statement-breakpoint
CREATE INDEX `campaign_answers_user_idx` ON `campaign_answers` (`site_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `campaign_answers_campaign_idx` ON `campaign_answers` (`campaign_id`,`email_hash`);--> statement-breakpoint
CREATE TABLE `campaign_recipients` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`site_id` text NOT NULL,
	`email` text NOT NULL,
	`email_hash` text NOT NULL,
	`user_id` text,
	`locale` text,
	`time_zone` text,
	`attributes` text,
	`unsubscribe_token` text NOT NULL,
	`last_round` integer DEFAULT -1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_recipients_unsubscribe_token_unique` ON `campaign_recipients` (`unsubscribe_token`);--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_recipients_email_idx` ON `campaign_recipients` (`campaign_id`,`email_hash`);--> statement-breakpoint
CREATE INDEX `campaign_recipients_due_idx` ON `campaign_recipients` (`campaign_id`,`time_zone`,`last_round`);--> statement-breakpoint
CREATE INDEX `campaign_recipients_site_hash_idx` ON `campaign_recipients` (`site_id`,`email_hash`);--> statement-breakpoint
CREATE INDEX `campaign_recipients_site_user_idx` ON `campaign_recipients` (`site_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `campaign_sends` (
	`id` text PRIMARY KEY NOT NULL,
	`campaign_id` text NOT NULL,
	`site_id` text NOT NULL,
	`recipient_id` text NOT NULL,
	`round` integer NOT NULL,
	`response_id` text NOT NULL,
	`status` text NOT NULL,
	`mail_id` text,
	`queued_at` integer NOT NULL,
	`token` text NOT NULL,
	`expires_at` integer NOT NULL,
	`reminder_status` text NOT NULL,
	`reminder_due_at` integer,
	`reminder_mail_id` text,
	FOREIGN KEY (`campaign_id`) REFERENCES `campaigns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`recipient_id`) REFERENCES `campaign_recipients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `campaign_sends_round_idx` ON `campaign_sends` (`recipient_id`,`round`);--> statement-breakpoint
CREATE INDEX `campaign_sends_reminder_idx` ON `campaign_sends` (`campaign_id`,`reminder_status`,`reminder_due_at`);--> statement-breakpoint
CREATE INDEX `campaign_sends_mail_idx` ON `campaign_sends` (`mail_id`);--> statement-breakpoint
CREATE INDEX `campaign_sends_reminder_mail_idx` ON `campaign_sends` (`reminder_mail_id`);--> statement-breakpoint
CREATE TABLE `campaigns` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`name` text NOT NULL,
	`subject` text,
	`intro` text,
	`repeat` text NOT NULL,
	`start_date` text,
	`hour` integer NOT NULL,
	`time_zone` text NOT NULL,
	`reminder_after_days` integer,
	`per_minute` integer NOT NULL,
	`expires_in_days` integer NOT NULL,
	`status` text NOT NULL,
	`started_at` integer,
	`lease_until` integer DEFAULT 0 NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `campaigns_site_idx` ON `campaigns` (`site_id`);--> statement-breakpoint
CREATE INDEX `campaigns_due_idx` ON `campaigns` (`status`,`lease_until`);--> statement-breakpoint
CREATE TABLE `mail_suppressions` (
	`site_id` text NOT NULL,
	`email_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`site_id`, `email_hash`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
