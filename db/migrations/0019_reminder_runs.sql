CREATE TABLE `reminder_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`last_ran_at` integer NOT NULL,
	`emails_queued` integer NOT NULL
);
