CREATE TABLE "site_installs" (
	"site_id" text NOT NULL,
	"allowed" boolean NOT NULL,
	"origin" text NOT NULL,
	"first_seen_at" bigint NOT NULL,
	"last_seen_at" bigint NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "site_installs_site_id_allowed_origin_pk" PRIMARY KEY("site_id","allowed","origin")
);
--> statement-breakpoint
ALTER TABLE "site_installs" ADD CONSTRAINT "site_installs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "site_installs_recent_idx" ON "site_installs" USING btree ("site_id","allowed","last_seen_at");