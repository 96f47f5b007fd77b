CREATE TABLE "search_lexicon" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
DROP INDEX "listings_search_words_idx";--> statement-breakpoint
CREATE INDEX "search_lexicon_word_trgm_idx" ON "search_lexicon" USING gin (sidestream_unaccent("word") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_lexicon_word_prefix_idx" ON "search_lexicon" USING btree (sidestream_unaccent("word") text_pattern_ops);--> statement-breakpoint
ALTER TABLE "listings" DROP COLUMN "search_words";--> statement-breakpoint
-- The lexicon follows every write of a listing's title or category words, whichever code writes it
-- (the app, the demo seed, a reindex). Words are only added: a word no listing uses any more finds nothing.
CREATE FUNCTION sidestream_add_to_lexicon() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexicon (word)
    SELECT DISTINCT w FROM regexp_split_to_table(lower(NEW.title || ' ' || NEW.category_terms), '[^[:alnum:]]+') AS w
    WHERE length(w) >= 3
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER listings_add_to_lexicon AFTER INSERT OR UPDATE OF title, category_terms ON listings
  FOR EACH ROW EXECUTE FUNCTION sidestream_add_to_lexicon();--> statement-breakpoint
INSERT INTO search_lexicon (word)
  SELECT DISTINCT w FROM listings, regexp_split_to_table(lower(title || ' ' || category_terms), '[^[:alnum:]]+') AS w
  WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
