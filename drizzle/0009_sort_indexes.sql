DROP INDEX "customers_search_grams_idx";--> statement-breakpoint
DROP INDEX "campaigns_created_idx";--> statement-breakpoint
DROP INDEX "customer_status_changes_customer_idx";--> statement-breakpoint
DROP INDEX "customers_updated_at_idx";--> statement-breakpoint
DROP INDEX "customers_created_at_idx";--> statement-breakpoint
DROP INDEX "customers_status_idx";--> statement-breakpoint
DROP INDEX "customers_class_idx";--> statement-breakpoint
DROP INDEX "customers_important_idx";--> statement-breakpoint
DROP INDEX "customers_organization_idx";--> statement-breakpoint
DROP INDEX "organizations_updated_at_idx";--> statement-breakpoint
DROP INDEX "timeline_entries_customer_idx";--> statement-breakpoint
DROP INDEX "timeline_entries_organization_idx";--> statement-breakpoint
DROP INDEX "reports_occurred_at_idx";--> statement-breakpoint
DROP INDEX "reports_customer_idx";--> statement-breakpoint
DROP INDEX "reports_template_idx";--> statement-breakpoint
DROP INDEX "reports_author_idx";--> statement-breakpoint
DROP INDEX "schedules_customer_idx";--> statement-breakpoint
CREATE INDEX "customers_search_idx" ON "customers" USING gin ("search_grams","status_id","class_id","tag_ids");--> statement-breakpoint
CREATE INDEX "campaigns_created_idx" ON "campaigns" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "customer_status_changes_customer_idx" ON "customer_status_changes" USING btree ("customer_id","changed_at","id");--> statement-breakpoint
CREATE INDEX "customers_updated_at_idx" ON "customers" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "customers_status_idx" ON "customers" USING btree ("status_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "customers_class_idx" ON "customers" USING btree ("class_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "customers_important_idx" ON "customers" USING btree ("updated_at","id") WHERE "customers"."important";--> statement-breakpoint
CREATE INDEX "customers_organization_idx" ON "customers" USING btree ("organization_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "timeline_entries_customer_idx" ON "timeline_entries" USING btree ("customer_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "timeline_entries_organization_idx" ON "timeline_entries" USING btree ("organization_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "reports_occurred_at_idx" ON "reports" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "reports_customer_idx" ON "reports" USING btree ("customer_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "reports_template_idx" ON "reports" USING btree ("template_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "reports_author_idx" ON "reports" USING btree ("author_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "schedules_customer_idx" ON "schedules" USING btree ("customer_id","starts_at","id");