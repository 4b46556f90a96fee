CREATE TABLE "site_link_secrets" (
	"site_id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"previous_secret" text,
	"previous_until" bigint,
	"rotated_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "site_link_secrets" ADD CONSTRAINT "site_link_secrets_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;