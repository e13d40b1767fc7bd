CREATE TABLE `contract_commitments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`position` integer NOT NULL,
	`measure_code` text NOT NULL,
	`measure_title` text NOT NULL,
	`theme_name` text NOT NULL,
	`unit` text NOT NULL,
	`proxy_value_pence` integer,
	`quantity_hundredths` integer,
	`commitment_text` text DEFAULT '' NOT NULL,
	`value_pence` integer,
	`responsible_name` text NOT NULL,
	`responsible_role` text NOT NULL,
	`responsible_email` text NOT NULL,
	`method_statement` text NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `toms_measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contract_commitments_contract_measure_unique` ON `contract_commitments` (`contract_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `contract_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_events_contract_idx` ON `contract_events` (`contract_id`,`at`);--> statement-breakpoint
CREATE TABLE `contract_milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`commitment_id` integer NOT NULL,
	`position` integer NOT NULL,
	`date` text NOT NULL,
	`cumulative_hundredths` integer NOT NULL,
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_milestones_commitment_idx` ON `contract_milestones` (`commitment_id`,`position`);--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`tender_id` integer NOT NULL,
	`matrix_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`contract_manager_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`value_pence` integer NOT NULL,
	`cadence` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`awarded_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tender_id`) REFERENCES `tenders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_reference_unique` ON `contracts` (lower("reference"));--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_tender_unique` ON `contracts` (`tender_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_matrix_unique` ON `contracts` (`matrix_id`);--> statement-breakpoint
CREATE INDEX `contracts_organisation_idx` ON `contracts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `contracts_manager_idx` ON `contracts` (`contract_manager_id`);--> statement-breakpoint
CREATE TABLE `matrix_line_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matrix_id` integer NOT NULL,
	`measure_id` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`at` integer NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`measure_id`) REFERENCES `toms_measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `matrix_line_comments_matrix_idx` ON `matrix_line_comments` (`matrix_id`,`measure_id`,`at`);--> statement-breakpoint
ALTER TABLE `matrices` ADD `clarification_due_at` integer;--> statement-breakpoint
-- What was contracted never changes, whatever code path tries: progress is measured against it.
CREATE TRIGGER contract_commitments_frozen_update BEFORE UPDATE ON contract_commitments
BEGIN SELECT RAISE(ABORT, 'Contract commitments are frozen at award'); END;
--> statement-breakpoint
CREATE TRIGGER contract_commitments_frozen_delete BEFORE DELETE ON contract_commitments
BEGIN SELECT RAISE(ABORT, 'Contract commitments are frozen at award'); END;
--> statement-breakpoint
CREATE TRIGGER contract_milestones_frozen_update BEFORE UPDATE ON contract_milestones
BEGIN SELECT RAISE(ABORT, 'Contract commitments are frozen at award'); END;
--> statement-breakpoint
CREATE TRIGGER contract_milestones_frozen_delete BEFORE DELETE ON contract_milestones
BEGIN SELECT RAISE(ABORT, 'Contract commitments are frozen at award'); END;
--> statement-breakpoint
CREATE TRIGGER contract_events_append_only_update BEFORE UPDATE ON contract_events
BEGIN SELECT RAISE(ABORT, 'Contract history cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER contract_events_append_only_delete BEFORE DELETE ON contract_events
BEGIN SELECT RAISE(ABORT, 'Contract history cannot be changed'); END;
