ALTER TABLE `outbox` ADD `message_id` text;--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_message_id_unique` ON `outbox` (`message_id`);