CREATE TABLE `commitment_schedule` (
	`commitment_id` integer NOT NULL,
	`year_key` text NOT NULL,
	`year_label` text NOT NULL,
	`year_start` text NOT NULL,
	`year_end` text NOT NULL,
	`expected_hundredths` integer NOT NULL,
	`expected_pence` integer NOT NULL,
	PRIMARY KEY(`commitment_id`, `year_key`),
	FOREIGN KEY (`commitment_id`) REFERENCES `contract_commitments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `commitment_schedule_year_idx` ON `commitment_schedule` (`year_key`);