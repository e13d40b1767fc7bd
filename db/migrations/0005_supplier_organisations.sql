ALTER TABLE `organisations` ADD `supplier_type` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `registration_number` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `organisations` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `organisations_registration_number_unique` ON `organisations` (upper("registration_number")) WHERE "organisations"."registration_number" is not null;--> statement-breakpoint
CREATE INDEX `organisations_name_idx` ON `organisations` (lower("name"));--> statement-breakpoint
ALTER TABLE `users` ADD `is_org_admin` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `receives_reminders` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;