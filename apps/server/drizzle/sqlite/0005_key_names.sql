-- Keys made before keys had names are named after their creation day. SQLite
-- cannot add a NOT NULL column without a default, so '' stands in until the
-- UPDATE; every insert names its key.
ALTER TABLE `api_keys` ADD `name` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `api_keys` SET `name` = 'key created ' || strftime('%Y-%m-%d', `created_at` / 1000, 'unixepoch');--> statement-breakpoint
ALTER TABLE `api_keys` ADD `last_used_at` integer;
