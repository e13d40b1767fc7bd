CREATE TABLE `delivered_totals` (
	`commitment_id` integer NOT NULL,
	`year_key` text NOT NULL,
	`delivered_hundredths` integer NOT NULL,
	`delivered_pence` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `year_key`),
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `delivered_totals_year_idx` ON `delivered_totals` (`year_key`);
--> statement-breakpoint
-- delivered_totals is derived data: these triggers rebuild the rows of every commitment a change touches, so a
-- direct write (a service, a seed, a fixture) can never leave the dashboards' figures stale.
CREATE TRIGGER delivered_totals_on_return AFTER UPDATE OF status, nil ON progress_returns
WHEN old.status = 'approved' OR new.status = 'approved'
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id IN (SELECT commitment_id FROM return_lines WHERE return_id = new.id);
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE rl.commitment_id IN (SELECT commitment_id FROM return_lines WHERE return_id = new.id) AND pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_insert AFTER INSERT ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = new.return_id) = 'approved'
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id IN (new.commitment_id);
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE rl.commitment_id IN (new.commitment_id) AND pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_update AFTER UPDATE OF delivered_hundredths, commitment_id, return_id ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = old.return_id) = 'approved' OR (SELECT status FROM progress_returns WHERE id = new.return_id) = 'approved'
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id IN (old.commitment_id, new.commitment_id);
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE rl.commitment_id IN (old.commitment_id, new.commitment_id) AND pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_line_delete AFTER DELETE ON return_lines
WHEN (SELECT status FROM progress_returns WHERE id = old.return_id) = 'approved'
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id IN (old.commitment_id);
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE rl.commitment_id IN (old.commitment_id) AND pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_period_dates AFTER UPDATE OF start_date ON reporting_periods
BEGIN
	DELETE FROM delivered_totals WHERE commitment_id IN (SELECT rl2.commitment_id FROM return_lines rl2 JOIN progress_returns pr2 ON pr2.id = rl2.return_id WHERE pr2.period_id = new.id);
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE rl.commitment_id IN (SELECT rl2.commitment_id FROM return_lines rl2 JOIN progress_returns pr2 ON pr2.id = rl2.return_id WHERE pr2.period_id = new.id) AND pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_settings_insert AFTER INSERT ON council_settings
BEGIN
	DELETE FROM delivered_totals;
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
CREATE TRIGGER delivered_totals_on_year_start AFTER UPDATE OF financial_year_start_month ON council_settings
BEGIN
	DELETE FROM delivered_totals;
	INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
	SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
		sum(rl.delivered_hundredths),
		sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
	FROM return_lines rl
	JOIN progress_returns pr ON pr.id = rl.return_id
	JOIN reporting_periods rp ON rp.id = pr.period_id
	JOIN contract_commitments cc ON cc.id = rl.commitment_id
	WHERE pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
	GROUP BY 1, 2;
END;
--> statement-breakpoint
-- Fill from the returns approved before this migration.
INSERT INTO delivered_totals (commitment_id, year_key, delivered_hundredths, delivered_pence)
SELECT rl.commitment_id, CASE WHEN (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings) = 1 THEN substr(rp.start_date, 1, 4) ELSE (cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) || '-' || substr('0' || (((cast(substr(rp.start_date, 1, 4) AS integer) - (cast(substr(rp.start_date, 6, 2) AS integer) < (SELECT coalesce(max(financial_year_start_month), 4) FROM council_settings))) + 1) % 100), -2) END,
sum(rl.delivered_hundredths),
sum(CASE WHEN cc.proxy_value_pence IS NULL THEN 0 ELSE (rl.delivered_hundredths * cc.proxy_value_pence + 50) / 100 END)
FROM return_lines rl
JOIN progress_returns pr ON pr.id = rl.return_id
JOIN reporting_periods rp ON rp.id = pr.period_id
JOIN contract_commitments cc ON cc.id = rl.commitment_id
WHERE pr.status = 'approved' AND pr.nil = 0 AND rl.delivered_hundredths IS NOT NULL
GROUP BY 1, 2;
