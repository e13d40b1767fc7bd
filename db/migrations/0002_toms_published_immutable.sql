-- A published or retired TOMs edition never changes, whatever code path tries: the
-- database itself refuses. Suppliers' bids are valued against it.
CREATE TRIGGER toms_themes_frozen_insert BEFORE INSERT ON toms_themes
WHEN (SELECT status FROM toms_editions WHERE id = NEW.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_themes_frozen_update BEFORE UPDATE ON toms_themes
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_themes_frozen_delete BEFORE DELETE ON toms_themes
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_outcomes_frozen_insert BEFORE INSERT ON toms_outcomes
WHEN (SELECT status FROM toms_editions WHERE id = NEW.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_outcomes_frozen_update BEFORE UPDATE ON toms_outcomes
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_outcomes_frozen_delete BEFORE DELETE ON toms_outcomes
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_measures_frozen_insert BEFORE INSERT ON toms_measures
WHEN (SELECT status FROM toms_editions WHERE id = NEW.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_measures_frozen_update BEFORE UPDATE ON toms_measures
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_measures_frozen_delete BEFORE DELETE ON toms_measures
WHEN (SELECT status FROM toms_editions WHERE id = OLD.edition_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_measure_priorities_frozen_insert BEFORE INSERT ON toms_measure_priorities
WHEN (SELECT e.status FROM toms_measures m JOIN toms_editions e ON e.id = m.edition_id WHERE m.id = NEW.measure_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_measure_priorities_frozen_delete BEFORE DELETE ON toms_measure_priorities
WHEN (SELECT e.status FROM toms_measures m JOIN toms_editions e ON e.id = m.edition_id WHERE m.id = OLD.measure_id) != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_editions_frozen_update BEFORE UPDATE OF name, description, copied_from_id, created_at ON toms_editions
WHEN OLD.status != 'draft'
BEGIN SELECT RAISE(ABORT, 'TOMs edition is not a draft: published editions cannot change'); END;
--> statement-breakpoint
CREATE TRIGGER toms_editions_no_return_to_draft BEFORE UPDATE OF status ON toms_editions
WHEN OLD.status != 'draft' AND NEW.status = 'draft'
BEGIN SELECT RAISE(ABORT, 'A published TOMs edition cannot go back to draft'); END;
--> statement-breakpoint
CREATE TRIGGER toms_editions_frozen_delete BEFORE DELETE ON toms_editions
WHEN OLD.status != 'draft'
BEGIN SELECT RAISE(ABORT, 'A published TOMs edition cannot be deleted'); END;
