CREATE TABLE "digests" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"email" text NOT NULL,
	"interval" text NOT NULL,
	"time_zone" text NOT NULL,
	"hour" integer NOT NULL,
	"status" text NOT NULL,
	"unsubscribe_token" text NOT NULL,
	"last_period_end" bigint,
	"next_send_at" bigint,
	"created_by" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "digests_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digests" ADD CONSTRAINT "digests_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digests_site_idx" ON "digests" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "digests_due_idx" ON "digests" USING btree ("status","next_send_at");