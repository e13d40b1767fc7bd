CREATE TABLE `council_priorities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `council_priorities_code_unique` ON `council_priorities` (`code`);--> statement-breakpoint
CREATE TABLE `toms_editions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`is_current` integer DEFAULT false NOT NULL,
	`copied_from_id` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`published_at` integer,
	`retired_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `toms_editions_name_unique` ON `toms_editions` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_editions_one_current` ON `toms_editions` (`is_current`) WHERE "toms_editions"."is_current" = 1;--> statement-breakpoint
CREATE TABLE `toms_measure_priorities` (
	`measure_id` integer NOT NULL,
	`priority_id` integer NOT NULL,
	PRIMARY KEY(`measure_id`, `priority_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `toms_measures`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`priority_id`) REFERENCES `council_priorities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `toms_measure_priorities_priority_idx` ON `toms_measure_priorities` (`priority_id`);--> statement-breakpoint
CREATE TABLE `toms_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`outcome_id` integer NOT NULL,
	`position` integer NOT NULL,
	`code` text NOT NULL,
	`title` text NOT NULL,
	`unit` text NOT NULL,
	`proxy_value_pence` integer,
	`guidance` text DEFAULT '' NOT NULL,
	`evidence_guidance` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `toms_editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`outcome_id`) REFERENCES `toms_outcomes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `toms_measures_edition_code_unique` ON `toms_measures` (`edition_id`,lower("code"));--> statement-breakpoint
CREATE INDEX `toms_measures_outcome_idx` ON `toms_measures` (`outcome_id`,`position`);--> statement-breakpoint
CREATE TABLE `toms_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `toms_editions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`theme_id`) REFERENCES `toms_themes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `toms_outcomes_theme_idx` ON `toms_outcomes` (`theme_id`,`position`);--> statement-breakpoint
CREATE INDEX `toms_outcomes_edition_idx` ON `toms_outcomes` (`edition_id`);--> statement-breakpoint
CREATE TABLE `toms_themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`edition_id`) REFERENCES `toms_editions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `toms_themes_edition_idx` ON `toms_themes` (`edition_id`,`position`);