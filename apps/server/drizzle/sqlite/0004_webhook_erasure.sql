ALTER TABLE `webhook_deliveries` ADD `response_id` text;--> statement-breakpoint
CREATE INDEX `webhook_deliveries_response_idx` ON `webhook_deliveries` (`response_id`);