CREATE TYPE "public"."template_kind" AS ENUM('customer', 'organization', 'report');--> statement-breakpoint
CREATE TABLE "templates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "templates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" "template_kind" NOT NULL,
	"name" text NOT NULL,
	"fields" jsonb NOT NULL,
	"retired_fields" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"archived_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "templates_one_default_per_kind" ON "templates" USING btree ("kind") WHERE "templates"."is_default";--> statement-breakpoint
CREATE INDEX "templates_kind_idx" ON "templates" USING btree ("kind","archived_at");