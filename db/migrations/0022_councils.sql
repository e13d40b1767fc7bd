-- Councils become the deployment's tenants (ADR 026). Every council-owned table gains the
-- council it belongs to; what the database held belongs to the one council it served.
-- SQLite adds a NOT NULL column only with a default: 0 names no council, so a row written
-- without its council is refused by the foreign key, and the schema gives it no default.
CREATE TABLE `councils` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`short_name` text NOT NULL,
	`host` text,
	`default_weighting_percent` integer DEFAULT 10 NOT NULL,
	`max_measures_per_tender` integer DEFAULT 10 NOT NULL,
	`minimum_tender_period_days` integer DEFAULT 10 NOT NULL,
	`financial_year_start_month` integer DEFAULT 4 NOT NULL,
	`return_due_days` integer DEFAULT 30 NOT NULL,
	`rag_green_percent` integer DEFAULT 90 NOT NULL,
	`rag_amber_percent` integer DEFAULT 60 NOT NULL,
	`reminder_lead_days` text DEFAULT '14,3' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `councils_slug_unique` ON `councils` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `councils_host_unique` ON `councils` (`host`) WHERE "councils"."host" is not null;--> statement-breakpoint
-- Each council organisation becomes a council; the one the settings described takes them, and its name.
-- Its slug and short name are made as the app makes them for a new council (council-identity.ts):
-- the slug walks the name a character at a time, keeping letters and digits (accents dropped),
-- leaving out apostrophes and turning any other run into one hyphen, at most 40 long.
WITH RECURSIVE `named` AS (
	SELECT o.`id`, o.`created_at`, trim(coalesce(s.`council_name`, o.`name`)) AS `name`, s.`default_weighting_percent`,
		s.`max_measures_per_tender`, s.`minimum_tender_period_days`, s.`financial_year_start_month`, s.`return_due_days`,
		s.`rag_green_percent`, s.`rag_amber_percent`, s.`reminder_lead_days`, s.`version`, s.`updated_at`,
		o.`id` = (SELECT min(`id`) FROM `organisations` WHERE `kind` = 'council') AS `first`
	FROM `organisations` o
	LEFT JOIN `council_settings` s ON o.`id` = (SELECT min(`id`) FROM `organisations` WHERE `kind` = 'council')
	WHERE o.`kind` = 'council'
), `walk` (`id`, `rest`, `slug`) AS (
	SELECT `id`, lower(`name`), '' FROM `named`
	UNION ALL
	SELECT `id`, substr(`rest`, 2), CASE
		WHEN substr(`rest`, 1, 1) BETWEEN 'a' AND 'z' OR substr(`rest`, 1, 1) BETWEEN '0' AND '9' THEN `slug` || substr(`rest`, 1, 1)
		WHEN instr('àáâãäåèéêëìíîïòóôõöùúûüŵýÿŷçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜŴÝŸŶÇÑ', substr(`rest`, 1, 1)) > 0
			THEN `slug` || substr('aaaaaaeeeeiiiiooooouuuuwyyycnaaaaaaeeeeiiiiooooouuuuwyyycn', instr('àáâãäåèéêëìíîïòóôõöùúûüŵýÿŷçñÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜŴÝŸŶÇÑ', substr(`rest`, 1, 1)), 1)
		WHEN substr(`rest`, 1, 1) IN ('''', '’') OR `slug` = '' OR `slug` LIKE '%-' THEN `slug`
		ELSE `slug` || '-'
	END
	FROM `walk` WHERE `rest` != ''
), `slugs` AS (
	SELECT `id`, rtrim(substr(`slug`, 1, 40), '-') AS `slug` FROM `walk` WHERE `rest` = ''
)
INSERT INTO `councils` (`id`, `slug`, `short_name`, `default_weighting_percent`, `max_measures_per_tender`, `minimum_tender_period_days`, `financial_year_start_month`, `return_due_days`, `rag_green_percent`, `rag_amber_percent`, `reminder_lead_days`, `version`, `created_at`, `updated_at`)
SELECT n.`id`,
	CASE WHEN sl.`slug` = '' THEN 'council-' || n.`id` WHEN n.`first` THEN sl.`slug` ELSE sl.`slug` || '-' || n.`id` END,
	CASE WHEN lower(n.`name`) LIKE '% council' AND length(rtrim(substr(n.`name`, 1, length(n.`name`) - 8))) > 0
		THEN rtrim(substr(n.`name`, 1, length(n.`name`) - 8)) ELSE n.`name` END,
	coalesce(n.`default_weighting_percent`, 10), coalesce(n.`max_measures_per_tender`, 10), coalesce(n.`minimum_tender_period_days`, 10),
	coalesce(n.`financial_year_start_month`, 4), coalesce(n.`return_due_days`, 30), coalesce(n.`rag_green_percent`, 90),
	coalesce(n.`rag_amber_percent`, 60), coalesce(n.`reminder_lead_days`, '14,3'), coalesce(n.`version`, 0),
	n.`created_at`, coalesce(n.`updated_at`, n.`created_at`)
FROM `named` n JOIN `slugs` sl ON sl.`id` = n.`id`;
--> statement-breakpoint
UPDATE `organisations` SET `name` = (SELECT `council_name` FROM `council_settings` LIMIT 1)
WHERE `id` = (SELECT min(`id`) FROM `councils`) AND EXISTS (SELECT 1 FROM `council_settings`);
--> statement-breakpoint
DROP INDEX `council_priorities_code_unique`;--> statement-breakpoint
ALTER TABLE `council_priorities` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE UNIQUE INDEX `council_priorities_code_unique` ON `council_priorities` (`council_id`,`code`);--> statement-breakpoint
DROP INDEX `toms_editions_name_unique`;--> statement-breakpoint
DROP INDEX `toms_editions_one_current`;--> statement-breakpoint
ALTER TABLE `toms_editions` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_editions_name_unique` ON `toms_editions` (`council_id`,`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_editions_one_current` ON `toms_editions` (`council_id`) WHERE "toms_editions"."is_current" = 1;--> statement-breakpoint
DROP INDEX `toms_units_key_unique`;--> statement-breakpoint
DROP INDEX `toms_units_name_unique`;--> statement-breakpoint
DROP INDEX `toms_units_code_unique`;--> statement-breakpoint
ALTER TABLE `toms_units` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_key_unique` ON `toms_units` (`council_id`,`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_name_unique` ON `toms_units` (`council_id`,lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX `toms_units_code_unique` ON `toms_units` (`council_id`,lower("code")) WHERE "toms_units"."code" is not null;--> statement-breakpoint
DROP INDEX `tenders_reference_unique`;--> statement-breakpoint
ALTER TABLE `tenders` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE UNIQUE INDEX `tenders_reference_unique` ON `tenders` (`council_id`,lower("reference"));--> statement-breakpoint
DROP INDEX `contracts_reference_unique`;--> statement-breakpoint
ALTER TABLE `contracts` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_reference_unique` ON `contracts` (`council_id`,lower("reference"));--> statement-breakpoint
DROP INDEX `maturity_assessments_assessed_on_idx`;--> statement-breakpoint
ALTER TABLE `maturity_assessments` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);--> statement-breakpoint
CREATE INDEX `maturity_assessments_assessed_on_idx` ON `maturity_assessments` (`council_id`,`assessed_on`);--> statement-breakpoint
ALTER TABLE `audit_events` ADD `council_id` integer REFERENCES councils(id);--> statement-breakpoint
CREATE INDEX `audit_events_council_idx` ON `audit_events` (`council_id`,`at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `council_id` integer REFERENCES councils(id);--> statement-breakpoint
CREATE INDEX `outbox_council_idx` ON `outbox` (`council_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `contract_imports` ADD `council_id` integer DEFAULT 0 NOT NULL REFERENCES councils(id);
--> statement-breakpoint
UPDATE `council_priorities` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `toms_editions` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
-- A deployment that never had a council keeps no units: each council gets its own when created.
DELETE FROM `toms_units` WHERE NOT EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `toms_units` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `tenders` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `contracts` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `maturity_assessments` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `contract_imports` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
-- The mail sent and the events recorded so far were all the one council's.
UPDATE `outbox` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
UPDATE `audit_events` SET `council_id` = (SELECT min(`id`) FROM `councils`) WHERE EXISTS (SELECT 1 FROM `councils`);
--> statement-breakpoint
-- A measure names one of its own council's units, and a unit in use by its council stays.
DROP TRIGGER `toms_measures_unit_insert`;
--> statement-breakpoint
DROP TRIGGER `toms_measures_unit_update`;
--> statement-breakpoint
DROP TRIGGER `toms_units_in_use_delete`;
--> statement-breakpoint
CREATE TRIGGER `toms_measures_unit_insert` BEFORE INSERT ON `toms_measures`
WHEN NOT EXISTS (SELECT 1 FROM `toms_units` u JOIN `toms_editions` e ON e.`council_id` = u.`council_id` WHERE e.`id` = NEW.`edition_id` AND u.`key` = NEW.`unit`)
BEGIN SELECT RAISE(ABORT, 'Unknown unit: a measure must name one of the council''s units'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_measures_unit_update` BEFORE UPDATE OF `unit` ON `toms_measures`
WHEN NOT EXISTS (SELECT 1 FROM `toms_units` u JOIN `toms_editions` e ON e.`council_id` = u.`council_id` WHERE e.`id` = NEW.`edition_id` AND u.`key` = NEW.`unit`)
BEGIN SELECT RAISE(ABORT, 'Unknown unit: a measure must name one of the council''s units'); END;
--> statement-breakpoint
CREATE TRIGGER `toms_units_in_use_delete` BEFORE DELETE ON `toms_units`
WHEN EXISTS (SELECT 1 FROM `toms_measures` m JOIN `toms_editions` e ON e.`id` = m.`edition_id` WHERE e.`council_id` = OLD.`council_id` AND m.`unit` = OLD.`key`)
	OR EXISTS (SELECT 1 FROM `contract_commitments` cc JOIN `contracts` c ON c.`id` = cc.`contract_id` WHERE c.`council_id` = OLD.`council_id` AND cc.`unit` = OLD.`key`)
BEGIN SELECT RAISE(ABORT, 'Unit in use: a unit that measures name cannot be deleted'); END;
--> statement-breakpoint
-- A council's row never moves to another council.
CREATE TRIGGER `toms_editions_council_frozen` BEFORE UPDATE OF `council_id` ON `toms_editions` WHEN NEW.`council_id` != OLD.`council_id`
BEGIN SELECT RAISE(ABORT, 'A record never moves to another council'); END;
--> statement-breakpoint
CREATE TRIGGER `tenders_council_frozen` BEFORE UPDATE OF `council_id` ON `tenders` WHEN NEW.`council_id` != OLD.`council_id`
BEGIN SELECT RAISE(ABORT, 'A record never moves to another council'); END;
--> statement-breakpoint
CREATE TRIGGER `contracts_council_frozen` BEFORE UPDATE OF `council_id` ON `contracts` WHEN NEW.`council_id` != OLD.`council_id`
BEGIN SELECT RAISE(ABORT, 'A record never moves to another council'); END;
--> statement-breakpoint
-- A tender is run on its own council's edition.
CREATE TRIGGER `tenders_edition_council` BEFORE INSERT ON `tenders`
WHEN NOT EXISTS (SELECT 1 FROM `toms_editions` WHERE `id` = NEW.`edition_id` AND `council_id` = NEW.`council_id`)
BEGIN SELECT RAISE(ABORT, 'A tender uses an edition of its own council'); END;
--> statement-breakpoint
-- A contract awarded from a tender belongs to the tender's council.
CREATE TRIGGER `contracts_tender_council` BEFORE INSERT ON `contracts`
WHEN NEW.`tender_id` IS NOT NULL AND NOT EXISTS (SELECT 1 FROM `tenders` WHERE `id` = NEW.`tender_id` AND `council_id` = NEW.`council_id`)
BEGIN SELECT RAISE(ABORT, 'A contract belongs to its tender''s council'); END;
--> statement-breakpoint
-- The financial year a return counts in follows its own council's year (was: the one council's settings).
DROP VIEW `delivered_lines`;
--> statement-breakpoint
DROP VIEW `period_financial_years`;
--> statement-breakpoint
CREATE VIEW period_financial_years AS
SELECT period_id,
	CASE WHEN first_month = 1 THEN CAST(start_year AS text)
	ELSE start_year || '-' || substr('0' || ((start_year + 1) % 100), -2) END AS year_key
FROM (
	SELECT rp.id AS period_id, co.financial_year_start_month AS first_month,
		cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < co.financial_year_start_month) AS start_year
	FROM reporting_periods rp
	JOIN contracts c ON c.id = rp.contract_id
	JOIN councils co ON co.id = c.council_id
);
--> statement-breakpoint
CREATE VIEW delivered_lines AS
SELECT rl.commitment_id, fy.year_key, rl.delivered_hundredths,
	CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END AS delivered_pence
FROM return_lines rl
JOIN progress_returns pr ON pr.id = rl.return_id
JOIN period_financial_years fy ON fy.period_id = pr.period_id
JOIN contract_commitments cc ON cc.id = rl.commitment_id
WHERE pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_year_start_council AFTER UPDATE OF financial_year_start_month ON councils
WHEN NEW.financial_year_start_month != OLD.financial_year_start_month
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id)
	SELECT DISTINCT rl.commitment_id FROM return_lines rl
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	JOIN contracts c ON c.id = cc.contract_id
	WHERE c.council_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER `councils_content_insert` AFTER INSERT ON `councils` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `councils_content_update` AFTER UPDATE ON `councils` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `councils_content_delete` AFTER DELETE ON `councils` BEGIN UPDATE `content_version` SET `version` = `version` + 1 WHERE `id` = 1; END;
