CREATE TABLE "introduction_answers" (
	"introduction_id" uuid NOT NULL,
	"side" text NOT NULL,
	"company_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"reason" text,
	"user_id" text,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "introductions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"note" text NOT NULL,
	"introduced_by_user_id" text,
	"revealed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_stage" text,
	"to_stage" text,
	"reason" text,
	"detail" text,
	"actor_user_id" text,
	"company_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "match_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"match_id" uuid NOT NULL,
	"author_user_id" text,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_email_marks" (
	"conversation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"emailed_through" timestamp with time zone NOT NULL,
	"emailed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "conversation_email_marks_conversation_id_user_id_pk" PRIMARY KEY("conversation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"company_id" uuid,
	"staff_user_id" text,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversation_reads" (
	"conversation_id" uuid NOT NULL,
	"user_id" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversation_reads_conversation_id_user_id_pk" PRIMARY KEY("conversation_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"listing_id" uuid,
	"match_id" uuid,
	"via_staff" boolean DEFAULT false NOT NULL,
	"started_by_user_id" text,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author_user_id" text,
	"author_company_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage" text DEFAULT 'suggested' NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "kept_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "origin" text DEFAULT 'engine' NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "created_by_user_id" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "assignee_id" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "next_step" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "next_step_due" date;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage_reason" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage_note" text;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "stage_changed_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "introduction_answers" ADD CONSTRAINT "introduction_answers_introduction_id_introductions_id_fk" FOREIGN KEY ("introduction_id") REFERENCES "public"."introductions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_answers" ADD CONSTRAINT "introduction_answers_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introduction_answers" ADD CONSTRAINT "introduction_answers_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "introductions" ADD CONSTRAINT "introductions_introduced_by_user_id_user_id_fk" FOREIGN KEY ("introduced_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_actor_user_id_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_events" ADD CONSTRAINT "match_events_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_notes" ADD CONSTRAINT "match_notes_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_email_marks" ADD CONSTRAINT "conversation_email_marks_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_email_marks" ADD CONSTRAINT "conversation_email_marks_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_parties" ADD CONSTRAINT "conversation_parties_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_parties" ADD CONSTRAINT "conversation_parties_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_parties" ADD CONSTRAINT "conversation_parties_staff_user_id_user_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversation_reads" ADD CONSTRAINT "conversation_reads_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_listing_id_listings_id_fk" FOREIGN KEY ("listing_id") REFERENCES "public"."listings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_match_id_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_started_by_user_id_user_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_conversation_id_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_user_id_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_author_company_id_companies_id_fk" FOREIGN KEY ("author_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "introduction_answers_introduction_id_side_index" ON "introduction_answers" USING btree ("introduction_id","side");--> statement-breakpoint
CREATE INDEX "introduction_answers_company_id_index" ON "introduction_answers" USING btree ("company_id");--> statement-breakpoint
CREATE UNIQUE INDEX "introductions_match_id_index" ON "introductions" USING btree ("match_id");--> statement-breakpoint
CREATE INDEX "match_events_match_id_created_at_index" ON "match_events" USING btree ("match_id","created_at");--> statement-breakpoint
CREATE INDEX "match_notes_match_id_index" ON "match_notes" USING btree ("match_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_parties_conversation_id_company_id_index" ON "conversation_parties" USING btree ("conversation_id","company_id") WHERE "conversation_parties"."company_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "conversation_parties_conversation_id_staff_user_id_index" ON "conversation_parties" USING btree ("conversation_id","staff_user_id") WHERE "conversation_parties"."staff_user_id" is not null;--> statement-breakpoint
CREATE INDEX "conversation_parties_company_id_index" ON "conversation_parties" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "conversation_parties_staff_user_id_index" ON "conversation_parties" USING btree ("staff_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conversations_match_id_index" ON "conversations" USING btree ("match_id") WHERE "conversations"."match_id" is not null;--> statement-breakpoint
CREATE INDEX "messages_conversation_id_created_at_index" ON "messages" USING btree ("conversation_id","created_at");--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_created_by_user_id_user_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_assignee_id_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matches_stage_score_index" ON "matches" USING btree ("stage","score") WHERE "matches"."stage" <> 'suggested' or "matches"."kept_at" is not null;--> statement-breakpoint
CREATE INDEX "matches_assignee_id_index" ON "matches" USING btree ("assignee_id") WHERE "matches"."assignee_id" is not null;--> statement-breakpoint
-- Member reactions no longer move a match through the pipeline; they keep it from the matcher.
UPDATE "matches" SET "stage" = CASE "status" WHEN 'reviewing' THEN 'reviewing' WHEN 'introduced' THEN 'introduced' WHEN 'closed' THEN 'completed' ELSE 'suggested' END,
  "kept_at" = CASE WHEN "status" <> 'suggested' THEN "updated_at" END;
