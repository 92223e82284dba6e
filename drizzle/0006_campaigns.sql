CREATE TYPE "public"."campaign_kind" AS ENUM('dm', 'newsletter', 'event', 'email', 'phone', 'other');--> statement-breakpoint
CREATE TYPE "public"."campaign_outcome" AS ENUM('pending', 'sent', 'responded', 'visited', 'won', 'undelivered');--> statement-breakpoint
CREATE TYPE "public"."campaign_state" AS ENUM('draft', 'executed');--> statement-breakpoint
CREATE TABLE "campaign_targets" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaign_targets_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"campaign_id" integer NOT NULL,
	"customer_id" integer,
	"snapshot" jsonb NOT NULL,
	"outcome" "campaign_outcome" DEFAULT 'pending' NOT NULL,
	"outcome_updated_at" timestamp with time zone,
	"outcome_updated_by" integer
);
--> statement-breakpoint
CREATE TABLE "campaigns" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "campaigns_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"kind" "campaign_kind" NOT NULL,
	"planned_on" date,
	"description" text DEFAULT '' NOT NULL,
	"criteria" jsonb NOT NULL,
	"source_campaign_id" integer,
	"source_outcome" "campaign_outcome",
	"state" "campaign_state" DEFAULT 'draft' NOT NULL,
	"target_count" integer,
	"executed_at" timestamp with time zone,
	"executed_by" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_targets" ADD CONSTRAINT "campaign_targets_outcome_updated_by_users_id_fk" FOREIGN KEY ("outcome_updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_executed_by_users_id_fk" FOREIGN KEY ("executed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "campaign_targets_campaign_customer_key" ON "campaign_targets" USING btree ("campaign_id","customer_id");--> statement-breakpoint
CREATE INDEX "campaign_targets_outcome_idx" ON "campaign_targets" USING btree ("campaign_id","outcome");--> statement-breakpoint
CREATE INDEX "campaign_targets_customer_idx" ON "campaign_targets" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "campaigns_created_idx" ON "campaigns" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);