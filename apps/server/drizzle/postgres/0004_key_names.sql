-- Keys made before keys had names are named after their creation day (UTC).
ALTER TABLE "api_keys" ADD COLUMN "name" text;--> statement-breakpoint
UPDATE "api_keys" SET "name" = 'key created ' || to_char(to_timestamp("created_at" / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD');--> statement-breakpoint
ALTER TABLE "api_keys" ALTER COLUMN "name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "api_keys" ADD COLUMN "last_used_at" bigint;
