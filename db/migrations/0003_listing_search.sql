-- unaccent() is only STABLE (its dictionary could change); generated columns and index expressions
-- need IMMUTABLE, so this wrapper names the dictionary explicitly and promises not to change.
CREATE OR REPLACE FUNCTION sidestream_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
-- Widen, fill from the sites, then narrow: existing listings get their site's position.
ALTER TABLE "listings" ADD COLUMN "lat" double precision;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "lon" double precision;--> statement-breakpoint
UPDATE "listings" SET "lat" = s."lat", "lon" = s."lon" FROM "company_sites" s WHERE s."id" = "listings"."site_id";--> statement-breakpoint
ALTER TABLE "listings" ALTER COLUMN "lat" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ALTER COLUMN "lon" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "category_terms" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('swedish', title), 'A') || setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('simple', sidestream_unaccent(title)), 'A') || setweight(to_tsvector('swedish', category_terms), 'B') || setweight(to_tsvector('english', category_terms), 'B') || setweight(to_tsvector('simple', sidestream_unaccent(category_terms)), 'B') || setweight(to_tsvector('swedish', description), 'C') || setweight(to_tsvector('english', description), 'C') || setweight(to_tsvector('simple', sidestream_unaccent(description)), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "listings" ADD COLUMN "search_words" text GENERATED ALWAYS AS (lower(sidestream_unaccent(title || ' ' || category_terms))) STORED;--> statement-breakpoint
CREATE INDEX "listings_search_vector_idx" ON "listings" USING gin ("search_vector") WHERE "listings"."status" = 'active';--> statement-breakpoint
CREATE INDEX "listings_search_words_idx" ON "listings" USING gin ("search_words" gin_trgm_ops) WHERE "listings"."status" = 'active';--> statement-breakpoint
CREATE INDEX "listings_position_idx" ON "listings" USING gist (ll_to_earth("lat", "lon")) WHERE "listings"."status" = 'active';