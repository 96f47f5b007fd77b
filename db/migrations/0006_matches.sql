CREATE TABLE "match_reactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"user_id" text,
	"reaction" text NOT NULL,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_reads" (
	"match_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_listing_id" uuid NOT NULL,
	"offer_listing_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"factors" jsonb NOT NULL,
	"status" text DEFAULT 'suggested' NOT NULL,
	"need_version" integer NOT NULL,
	"offer_version" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "match_reactions" ADD CONSTRAINT "match_reactions_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reactions" ADD CONSTRAINT "match_reactions_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reactions" ADD CONSTRAINT "match_reactions_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reads" ADD CONSTRAINT "match_reads_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_reads" ADD CONSTRAINT "match_reads_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_need_listing_id_listings_id_fk" FOREIGN KEY ("need_listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_offer_listing_id_listings_id_fk" FOREIGN KEY ("offer_listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_reactions_match_id_index" ON "match_reactions" USING btree ("match_id");--> statement-breakpoint
CREATE UNIQUE INDEX "match_reads_match_id_company_id_index" ON "match_reads" USING btree ("match_id","company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matches_need_listing_id_offer_listing_id_index" ON "matches" USING btree ("need_listing_id","offer_listing_id");--> statement-breakpoint
CREATE INDEX "matches_offer_listing_id_index" ON "matches" USING btree ("offer_listing_id");--> statement-breakpoint
CREATE INDEX "matches_status_index" ON "matches" USING btree ("status") WHERE "matches"."status" <> 'suggested';