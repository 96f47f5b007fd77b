DROP INDEX "matches_status_index";--> statement-breakpoint
ALTER TABLE "matches" DROP COLUMN "status";