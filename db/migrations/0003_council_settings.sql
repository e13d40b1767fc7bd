ALTER TABLE `council_settings` ADD `default_weighting_percent` integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `max_measures_per_tender` integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `financial_year_start_month` integer DEFAULT 4 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `return_due_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `rag_green_percent` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `rag_amber_percent` integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `reminder_lead_days` text DEFAULT '14,3' NOT NULL;--> statement-breakpoint
ALTER TABLE `council_settings` ADD `version` integer DEFAULT 1 NOT NULL;