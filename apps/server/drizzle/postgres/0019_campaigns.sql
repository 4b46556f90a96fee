CREATE TABLE "campaign_answers" (
	"response_id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"campaign_id" text NOT NULL,
	"email_hash" text NOT NULL,
	"user_id" text NOT NULL,
	"round" integer NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "campaign_recipients" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"site_id" text NOT NULL,
	"email" text NOT NULL,
	"email_hash" text NOT NULL,
	"user_id" text,
	"locale" text,
	"time_zone" text,
	"attributes" jsonb,
	"unsubscribe_token" text NOT NULL,
	"last_round" integer DEFAULT -1 NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "campaign_recipients_unsubscribe_token_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
CREATE TABLE "campaign_sends" (
	"id" text PRIMARY KEY NOT NULL,
	"campaign_id" text NOT NULL,
	"site_id" text NOT NULL,
	"recipient_id" text NOT NULL,
	"round" integer NOT NULL,
	"response_id" text NOT NULL,
	"status" text NOT NULL,
	"mail_id" text,
	"queued_at" bigint NOT NULL,
	"token" text NOT NULL,
	"expires_at" bigint NOT NULL,
	"reminder_status" text NOT NULL,
	"reminder_due_at" bigint,
	"reminder_mail_id" text
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" text PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"survey_id" text NOT NULL,
	"name" text NOT NULL,
	"subject" text,
	"intro" text,
	"repeat" text NOT NULL,
	"start_date" text,
	"hour" integer NOT NULL,
	"time_zone" text NOT NULL,
	"reminder_after_days" integer,
	"per_minute" integer NOT NULL,
	"expires_in_days" integer NOT NULL,
	"status" text NOT NULL,
	"started_at" bigint,
	"lease_until" bigint DEFAULT 0 NOT NULL,
	"created_by" text,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_suppressions" (
	"site_id" text NOT NULL,
	"email_hash" text NOT NULL,
	"created_at" bigint NOT NULL,
	CONSTRAINT "mail_suppressions_site_id_email_hash_pk" PRIMARY KEY("site_id","email_hash")
);
--> statement-breakpoint
ALTER TABLE "campaign_answers" ADD CONSTRAINT "campaign_answers_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_recipients" ADD CONSTRAINT "campaign_recipients_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_sends" ADD CONSTRAINT "campaign_sends_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_sends" ADD CONSTRAINT "campaign_sends_recipient_id_campaign_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."campaign_recipients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mail_suppressions" ADD CONSTRAINT "mail_suppressions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_answers_hash_idx" ON "campaign_answers" USING btree ("site_id","email_hash");--> statement-breakpoint
CREATE INDEX "campaign_answers_user_idx" ON "campaign_answers" USING btree ("site_id","user_id");--> statement-breakpoint
CREATE INDEX "campaign_answers_campaign_idx" ON "campaign_answers" USING btree ("campaign_id","email_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_recipients_email_idx" ON "campaign_recipients" USING btree ("campaign_id","email_hash");--> statement-breakpoint
CREATE INDEX "campaign_recipients_due_idx" ON "campaign_recipients" USING btree ("campaign_id","time_zone","last_round");--> statement-breakpoint
CREATE INDEX "campaign_recipients_site_hash_idx" ON "campaign_recipients" USING btree ("site_id","email_hash");--> statement-breakpoint
CREATE INDEX "campaign_recipients_site_user_idx" ON "campaign_recipients" USING btree ("site_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_sends_round_idx" ON "campaign_sends" USING btree ("recipient_id","round");--> statement-breakpoint
CREATE INDEX "campaign_sends_reminder_idx" ON "campaign_sends" USING btree ("campaign_id","reminder_status","reminder_due_at");--> statement-breakpoint
CREATE INDEX "campaign_sends_mail_idx" ON "campaign_sends" USING btree ("mail_id");--> statement-breakpoint
CREATE INDEX "campaign_sends_reminder_mail_idx" ON "campaign_sends" USING btree ("reminder_mail_id");--> statement-breakpoint
CREATE INDEX "campaigns_site_idx" ON "campaigns" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "campaigns_due_idx" ON "campaigns" USING btree ("status","lease_until");