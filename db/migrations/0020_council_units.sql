CREATE TABLE `toms_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`edition_id` integer NOT NULL,
	`created_by_user_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`edition_version` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`content_json` text NOT NULL,
	`units_json` text DEFAULT '[]' NOT NULL,
	`rounded_json` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`imported_at` integer,
	FOREIGN KEY (`edition_id`) REFERENCES `toms_editions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `toms_imports_edition_idx` ON `toms_imports` (`edition_id`,`status`);--> statement-breakpoint
CREATE TABLE `toms_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`singular` text NOT NULL,
	`plural` text NOT NULL,
	`kind` text NOT NULL,
	`decimal_places` integer DEFAULT 0 NOT NULL,
	`code` text,
	`retired_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_key_unique` ON `toms_units` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_name_unique` ON `toms_units` (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_code_unique` ON `toms_units` (lower("code")) WHERE "toms_units"."code" is not null;
--> statement-breakpoint
-- The twelve units every council started with: each keeps its key, so every measure and
-- commitment already names its unit; the key is also its code, as earlier spreadsheets wrote it.
INSERT INTO `toms_units` (`key`, `name`, `singular`, `plural`, `kind`, `decimal_places`, `code`, `created_at`, `updated_at`) VALUES
	('people_fte', 'People (FTE)', 'person (FTE)', 'people (FTE)', 'decimal', 2, 'people_fte', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('weeks', 'Weeks', 'week', 'weeks', 'decimal', 2, 'weeks', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('hours', 'Hours', 'hour', 'hours', 'decimal', 2, 'hours', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('hours_attendees', 'Hours × attendees', 'attendee hour', 'attendee hours', 'decimal', 2, 'hours_attendees', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('expert_hours', 'Expert hours', 'expert hour', 'expert hours', 'decimal', 2, 'expert_hours', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('pounds', '£', 'pound', 'pounds', 'money', 2, 'pounds', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('tonnes', 'Tonnes', 'tonne', 'tonnes', 'decimal', 2, 'tonnes', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('tonnes_co2e', 'Tonnes CO2e', 'tonne CO2e', 'tonnes CO2e', 'decimal', 2, 'tonnes_co2e', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('visits', 'Visits', 'visit', 'visits', 'count', 0, 'visits', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('employees', 'Employees', 'employee', 'employees', 'count', 0, 'employees', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('percent', '%', 'percentage point', 'percentage points', 'percent', 2, 'percent', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000),
	('text', 'Text', 'text', 'text', 'words', 0, 'text', strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000);
--> statement-breakpoint
-- Any other unit a measure or commitment holds becomes a unit of its own, named as it is written.
INSERT INTO `toms_units` (`key`, `name`, `singular`, `plural`, `kind`, `decimal_places`, `code`, `created_at`, `updated_at`)
SELECT DISTINCT `unit`, `unit`, `unit`, `unit`, 'decimal', 2, NULL, strftime('%s', 'now') * 1000, strftime('%s', 'now') * 1000
FROM (SELECT `unit` FROM `toms_measures` UNION SELECT `unit` FROM `contract_commitments`)
WHERE `unit` NOT IN (SELECT `key` FROM `toms_units`) AND lower(`unit`) NOT IN (SELECT lower(`name`) FROM `toms_units`);
--> statement-breakpoint
-- A measure names one of the council's units, whatever code path writes it.
CREATE TRIGGER `toms_measures_unit_insert` BEFORE INSERT ON `toms_measures`
WHEN NOT EXISTS (SELECT 1 FROM `toms_units` WHERE `key` = NEW.`unit`)
BEGIN SELECT RAISE(ABORT, 'Unknown unit: a measure must name one of the council''s units'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_measures_unit_update` BEFORE UPDATE OF `unit` ON `toms_measures`
WHEN NOT EXISTS (SELECT 1 FROM `toms_units` WHERE `key` = NEW.`unit`)
BEGIN SELECT RAISE(ABORT, 'Unknown unit: a measure must name one of the council''s units'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_in_use_delete` BEFORE DELETE ON `toms_units`
WHEN EXISTS (SELECT 1 FROM `toms_measures` WHERE `unit` = OLD.`key`) OR EXISTS (SELECT 1 FROM `contract_commitments` WHERE `unit` = OLD.`key`)
BEGIN SELECT RAISE(ABORT, 'Unit in use: a unit that measures name cannot be deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_key_frozen` BEFORE UPDATE OF `key` ON `toms_units`
WHEN NEW.`key` != OLD.`key`
BEGIN SELECT RAISE(ABORT, 'A unit''s key never changes'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_content_insert` AFTER INSERT ON `toms_units` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_content_update` AFTER UPDATE ON `toms_units` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_content_delete` AFTER DELETE ON `toms_units` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
