-- The financial year a return counts in is the one its reporting period starts in, by the month the council's
-- year starts (April unless the settings say otherwise). This view is the one place the database works it out;
-- app/domain/financial-year.ts is the same rule in TypeScript, and a test holds the two together.
CREATE VIEW period_financial_years AS
SELECT period_id,
	CASE WHEN first_month = 1 THEN CAST(start_year AS text)
	ELSE start_year || '-' || substr('0' || ((start_year + 1) % 100), -2) END AS year_key
FROM (
	SELECT rp.id AS period_id, s.first_month,
		cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < s.first_month) AS start_year
	FROM reporting_periods rp,
		(SELECT coalesce(max(financial_year_start_month), 4) AS first_month FROM council_settings) s
);
--> statement-breakpoint
-- Every line of an approved, non-nil return that counts: its commitment, financial year, quantity and value, each
-- line valued to the penny, halves up, as every page values a line. delivered_totals keeps their sums.
CREATE VIEW delivered_lines AS
SELECT rl.commitment_id, fy.year_key, rl.delivered_hundredths,
	CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END AS delivered_pence
FROM return_lines rl
JOIN progress_returns pr ON pr.id = rl.return_id
JOIN period_financial_years fy ON fy.period_id = pr.period_id
JOIN contract_commitments cc ON cc.id = rl.commitment_id
WHERE pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL;
--> statement-breakpoint
-- A commitment inserted here has its rows of delivered_totals worked out again from delivered_lines: the one
-- rebuild, which the triggers below ask for with the commitments each change touches.
CREATE VIEW delivered_totals_to_rebuild AS SELECT commitment_id FROM delivered_totals WHERE 0;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_rebuild INSTEAD OF INSERT ON delivered_totals_to_rebuild
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id = new.commitment_id;
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT commitment_id, year_key, sum(delivered_hundredths), sum(delivered_pence) FROM delivered_lines
	WHERE commitment_id = new.commitment_id
	GROUP BY commitment_id, year_key;
END;
--> statement-breakpoint
-- 0012's triggers wrote the year and the value out in each of them; they are replaced by ones that ask for the rebuild.
DROP TRIGGER delivered_totals_on_return;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_line_insert;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_line_update;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_line_delete;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_period_dates;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_settings_insert;
--> statement-breakpoint
DROP TRIGGER delivered_totals_on_year_start;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_return AFTER UPDATE OF status, nil ON progress_returns
WHEN old.status = 'approved' OR new.status = 'approved'
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT commitment_id FROM return_lines WHERE return_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_insert AFTER INSERT ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = new.return_id) = 'approved'
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id) VALUES (new.commitment_id);
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_update AFTER UPDATE OF delivered_hundredths, commitment_id, return_id ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = old.return_id) = 'approved' OR (SELECT status FROM progress_returns WHERE id = new.return_id) = 'approved'
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT old.commitment_id UNION SELECT new.commitment_id;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_delete AFTER DELETE ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = old.return_id) = 'approved'
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id) VALUES (old.commitment_id);
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_period_dates AFTER UPDATE OF start_date ON reporting_periods
BEGIN
	INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT DISTINCT rl.commitment_id FROM return_lines rl JOIN progress_returns pr ON pr.id = rl.return_id WHERE pr.period_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_settings_insert AFTER INSERT ON council_settings
BEGIN
	DELETE FROM delivered_totals;
	INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT DISTINCT commitment_id FROM return_lines;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_year_start AFTER UPDATE OF financial_year_start_month ON council_settings
BEGIN
	DELETE FROM delivered_totals;
	INSERT INTO delivered_totals_to_rebuild (commitment_id) SELECT DISTINCT commitment_id FROM return_lines;
END;
