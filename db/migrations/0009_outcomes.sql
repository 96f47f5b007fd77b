CREATE TABLE "outcome_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"quantity" double precision NOT NULL,
	"unit" text NOT NULL,
	"basis" text NOT NULL,
	"start_date" date NOT NULL,
	"value_sek" double precision,
	"distance_km" double precision NOT NULL,
	"transport_mode" text NOT NULL,
	"notes" text,
	"type" text NOT NULL,
	"category_id" text NOT NULL,
	"municipality_code" text NOT NULL,
	"need_company_id" uuid,
	"offer_company_id" uuid,
	"status" text NOT NULL,
	"tonnes" double precision,
	"hours" double precision,
	"hazardous" boolean NOT NULL,
	"avoided_kg_co2e" double precision,
	"transport_kg_co2e" double precision,
	"net_kg_co2e" double precision,
	"factors" jsonb NOT NULL,
	"formula" text NOT NULL,
	"recorded_by_user_id" text,
	"recorded_for_company_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD CONSTRAINT "outcome_revisions_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD CONSTRAINT "outcome_revisions_need_company_id_companies_id_fk" FOREIGN KEY ("need_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD CONSTRAINT "outcome_revisions_offer_company_id_companies_id_fk" FOREIGN KEY ("offer_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD CONSTRAINT "outcome_revisions_recorded_by_user_id_user_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_revisions" ADD CONSTRAINT "outcome_revisions_recorded_for_company_id_companies_id_fk" FOREIGN KEY ("recorded_for_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "outcome_revisions_match_id_revision_index" ON "outcome_revisions" USING btree ("match_id","revision");--> statement-breakpoint
CREATE INDEX "outcome_revisions_start_date_index" ON "outcome_revisions" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "outcome_revisions_need_company_id_index" ON "outcome_revisions" USING btree ("need_company_id");--> statement-breakpoint
CREATE INDEX "outcome_revisions_offer_company_id_index" ON "outcome_revisions" USING btree ("offer_company_id");