-- The settings live on each council now (migration 0022).
DROP TABLE `council_settings`;