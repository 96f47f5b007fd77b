CREATE TABLE "listing_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"listing_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"display_key" text NOT NULL,
	"thumbnail_key" text NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"bytes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "listings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"created_by_user_id" text,
	"side" text NOT NULL,
	"type" text NOT NULL,
	"category_id" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text DEFAULT 'sv' NOT NULL,
	"quantity" double precision NOT NULL,
	"unit" text NOT NULL,
	"frequency" text NOT NULL,
	"annual_quantity" double precision NOT NULL,
	"quantity_dimension" text NOT NULL,
	"available_from" date NOT NULL,
	"available_until" date,
	"price_model" text NOT NULL,
	"price_sek" double precision,
	"condition" text,
	"specs" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ewc_code" text,
	"hazardous" boolean DEFAULT false NOT NULL,
	"accepts_hazardous" boolean DEFAULT false NOT NULL,
	"max_distance_km" integer,
	"visibility" text DEFAULT 'public' NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"closed_reason" text,
	"published_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "listing_photos" ADD CONSTRAINT "listing_photos_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_site_id_company_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."company_sites"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "listings" ADD CONSTRAINT "listings_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "listing_photos_listing_id_position_index" ON "listing_photos" USING btree ("listing_id","position");--> statement-breakpoint
CREATE INDEX "listings_company_id_status_index" ON "listings" USING btree ("company_id","status");--> statement-breakpoint
CREATE INDEX "listings_category_id_index" ON "listings" USING btree ("category_id") WHERE "listings"."status" = 'active';--> statement-breakpoint
CREATE INDEX "listings_status_expires_at_index" ON "listings" USING btree ("status","expires_at");