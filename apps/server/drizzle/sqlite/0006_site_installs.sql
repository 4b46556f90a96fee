CREATE TABLE `site_installs` (
	`site_id` text NOT NULL,
	`allowed` integer NOT NULL,
	`origin` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`site_id`, `allowed`, `origin`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `site_installs_recent_idx` ON `site_installs` (`site_id`,`allowed`,`last_seen_at`);