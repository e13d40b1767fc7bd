CREATE TABLE `contract_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`content_json` text NOT NULL,
	`summary_json` text DEFAULT '{}' NOT NULL,
	`created_at` integer NOT NULL,
	`imported_at` integer,
	FOREIGN KEY (`created_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contract_imports_status_idx` ON `contract_imports` (`status`,`created_at`);--> statement-breakpoint
-- Tender and matrix become optional: SQLite changes a column's NOT NULL only by rebuilding the table,
-- which the migrator does with foreign keys off and checks afterwards (db/client.server.ts).
CREATE TABLE `__new_contracts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`origin` text DEFAULT 'tender' NOT NULL,
	`tender_id` integer,
	`matrix_id` integer,
	`import_id` integer,
	`organisation_id` integer NOT NULL,
	`contract_manager_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`value_pence` integer NOT NULL,
	`cadence` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`commercially_sensitive` integer DEFAULT false NOT NULL,
	`awarded_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tender_id`) REFERENCES `tenders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matrix_id`) REFERENCES `matrices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `contract_imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_manager_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_contracts`("id", "reference", "title", "origin", "tender_id", "matrix_id", "import_id", "organisation_id", "contract_manager_id", "start_date", "end_date", "value_pence", "cadence", "status", "commercially_sensitive", "awarded_at", "version", "created_at", "updated_at") SELECT "id", "reference", "title", 'tender', "tender_id", "matrix_id", NULL, "organisation_id", "contract_manager_id", "start_date", "end_date", "value_pence", "cadence", "status", "commercially_sensitive", "awarded_at", "version", "created_at", "updated_at" FROM `contracts`;--> statement-breakpoint
DROP TABLE `contracts`;--> statement-breakpoint
ALTER TABLE `__new_contracts` RENAME TO `contracts`;--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_reference_unique` ON `contracts` (lower("reference"));--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_tender_unique` ON `contracts` (`tender_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_matrix_unique` ON `contracts` (`matrix_id`);--> statement-breakpoint
CREATE INDEX `contracts_organisation_idx` ON `contracts` (`organisation_id`);--> statement-breakpoint
CREATE INDEX `contracts_manager_idx` ON `contracts` (`contract_manager_id`);--> statement-breakpoint
ALTER TABLE `matrices` ADD `entered_by_user_id` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `tenders` ADD `bidding` text DEFAULT 'portal' NOT NULL;--> statement-breakpoint
ALTER TABLE `progress_returns` ADD `imported` integer DEFAULT false NOT NULL;
--> statement-breakpoint
-- Dropping the old table dropped its triggers: the content version moves with contracts again.
CREATE TRIGGER `contracts_content_insert` AFTER INSERT ON `contracts` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `contracts_content_update` AFTER UPDATE ON `contracts` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
CREATE TRIGGER `contracts_content_delete` AFTER DELETE ON `contracts` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;--> statement-breakpoint
-- A contract from a tender names its tender and matrix; an imported one names neither.
CREATE TRIGGER `contracts_origin_insert` BEFORE INSERT ON `contracts`
WHEN (NEW.`origin` = 'imported') <> (NEW.`tender_id` IS NULL AND NEW.`matrix_id` IS NULL)
BEGIN SELECT RAISE(ABORT, 'A contract names its tender and matrix unless it was imported'); END;
