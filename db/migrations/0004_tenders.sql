CREATE TABLE `tender_amendments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tender_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`reason` text NOT NULL,
	`changes` text NOT NULL,
	FOREIGN KEY (`tender_id`) REFERENCES `tenders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tender_amendments_tender_idx` ON `tender_amendments` (`tender_id`,`at`);--> statement-breakpoint
CREATE TABLE `tender_measures` (
	`tender_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	PRIMARY KEY(`tender_id`, `measure_id`),
	FOREIGN KEY (`tender_id`) REFERENCES `tenders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `toms_measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `tenders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`estimated_value_pence` integer NOT NULL,
	`contract_start` text NOT NULL,
	`contract_end` text NOT NULL,
	`deadline_at` integer NOT NULL,
	`weighting_percent` integer NOT NULL,
	`quantity_share_percent` integer DEFAULT 50 NOT NULL,
	`target_percent` integer,
	`cadence` text DEFAULT 'half_yearly' NOT NULL,
	`edition_id` integer NOT NULL,
	`contract_manager_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`cancelled_reason` text,
	`cancelled_at` integer,
	`published_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `toms_editions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenders_reference_unique` ON `tenders` (lower("reference"));--> statement-breakpoint
CREATE INDEX `tenders_manager_idx` ON `tenders` (`contract_manager_id`);--> statement-breakpoint
CREATE INDEX `tenders_status_deadline_idx` ON `tenders` (`status`,`deadline_at`);