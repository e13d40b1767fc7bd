ALTER TABLE `users` ADD `deployment_role` text;--> statement-breakpoint
-- An upgraded deployment keeps someone who can add councils: its first administrator.
UPDATE `users` SET `deployment_role` = 'administrator'
WHERE `id` = (SELECT min(`id`) FROM `users` WHERE `role` = 'admin');
