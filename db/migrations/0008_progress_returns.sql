CREATE TABLE `evidence_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`return_id` integer NOT NULL,
	`commitment_id` integer NOT NULL,
	`sha256` text NOT NULL,
	`type` text NOT NULL,
	`size_bytes` integer NOT NULL,
	`file_name` text NOT NULL,
	`uploaded_by_user_id` integer NOT NULL,
	`uploaded_at` integer NOT NULL,
	`removed_at` integer,
	FOREIGN KEY (`return_id`) REFERENCES `progress_returns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evidence_files_return_idx` ON `evidence_files` (`return_id`,`commitment_id`);--> statement-breakpoint
CREATE TABLE `progress_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`period_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`nil` integer DEFAULT false NOT NULL,
	`nil_reason` text DEFAULT '' NOT NULL,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`decided_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`period_id`) REFERENCES `reporting_periods`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `progress_returns_period_unique` ON `progress_returns` (`period_id`);--> statement-breakpoint
CREATE INDEX `progress_returns_contract_idx` ON `progress_returns` (`contract_id`,`status`);--> statement-breakpoint
CREATE TABLE `reporting_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`contract_id` integer NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`due_date` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reporting_periods_contract_key_unique` ON `reporting_periods` (`contract_id`,`key`);--> statement-breakpoint
CREATE INDEX `reporting_periods_due_idx` ON `reporting_periods` (`due_date`);--> statement-breakpoint
CREATE TABLE `return_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`return_id` integer NOT NULL,
	`at` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`reason` text,
	FOREIGN KEY (`return_id`) REFERENCES `progress_returns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_events_return_idx` ON `return_events` (`return_id`,`at`);--> statement-breakpoint
CREATE TABLE `return_line_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`return_id` integer NOT NULL,
	`commitment_id` integer NOT NULL,
	`by_user_id` integer NOT NULL,
	`at` integer NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `progress_returns`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `return_line_comments_return_idx` ON `return_line_comments` (`return_id`,`commitment_id`,`at`);--> statement-breakpoint
CREATE TABLE `return_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`return_id` integer NOT NULL,
	`commitment_id` integer NOT NULL,
	`delivered_hundredths` integer,
	`delivered_text` text DEFAULT '' NOT NULL,
	`milestone_status` text,
	`narrative` text DEFAULT '' NOT NULL,
	`may_publish` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`return_id`) REFERENCES `progress_returns`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `return_lines_return_commitment_unique` ON `return_lines` (`return_id`,`commitment_id`);--> statement-breakpoint
CREATE INDEX `return_lines_commitment_idx` ON `return_lines` (`commitment_id`);--> statement-breakpoint
CREATE TRIGGER return_events_append_only_update BEFORE UPDATE ON return_events
BEGIN SELECT RAISE(ABORT, 'Return history cannot be changed'); END;
--> statement-breakpoint
CREATE TRIGGER return_events_append_only_delete BEFORE DELETE ON return_events
BEGIN SELECT RAISE(ABORT, 'Return history cannot be changed'); END;
