CREATE TABLE `maturity_actions` (
	`assessment_id` integer NOT NULL,
	`action_key` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`status` text DEFAULT 'not_started' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `action_key`),
	FOREIGN KEY (`assessment_id`) REFERENCES `maturity_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `maturity_area_levels` (
	`assessment_id` integer NOT NULL,
	`area` text NOT NULL,
	`present` text NOT NULL,
	`target` text NOT NULL,
	PRIMARY KEY(`assessment_id`, `area`),
	FOREIGN KEY (`assessment_id`) REFERENCES `maturity_assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `maturity_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`assessed_on` text NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `maturity_assessments_assessed_on_idx` ON `maturity_assessments` (`assessed_on`);