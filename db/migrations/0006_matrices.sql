CREATE TABLE `matrices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tender_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`quality_score_hundredths` integer,
	`declarations_confirmed_at` integer,
	`submitted_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tender_id`) REFERENCES `tenders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matrices_tender_organisation_unique` ON `matrices` (`tender_id`,`organisation_id`);--> statement-breakpoint
CREATE INDEX `matrices_organisation_idx` ON `matrices` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `matrix_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matrix_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matrix_events_matrix_idx` ON `matrix_events` (`matrix_id`,`at`);--> statement-breakpoint
CREATE TABLE `matrix_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matrix_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`declined` integer DEFAULT false NOT NULL,
	`decline_reason` text DEFAULT '' NOT NULL,
	`quantity_hundredths` integer,
	`commitment_text` text DEFAULT '' NOT NULL,
	`responsible_name` text DEFAULT '' NOT NULL,
	`responsible_role` text DEFAULT '' NOT NULL,
	`responsible_email` text DEFAULT '' NOT NULL,
	`method_statement` text DEFAULT '' NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `toms_measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matrix_lines_matrix_measure_unique` ON `matrix_lines` (`matrix_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `matrix_milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`line_id` integer NOT NULL,
	`position` integer NOT NULL,
	`date` text NOT NULL,
	`cumulative_hundredths` integer NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `matrix_lines`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `matrix_milestones_line_idx` ON `matrix_milestones` (`line_id`,`position`);