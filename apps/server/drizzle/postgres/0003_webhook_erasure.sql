ALTER TABLE "webhook_deliveries" ADD COLUMN "response_id" text;--> statement-breakpoint
CREATE INDEX "webhook_deliveries_response_idx" ON "webhook_deliveries" USING btree ("response_id");