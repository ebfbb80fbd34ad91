-- Data protection (GDPR): erasure of a person's or an account's data, and how long survey
-- raw data and invitation codes are kept.
--
-- Erasure must reach the audit trail too, or it erases nothing: while audit_context.erasing
-- is set (only inside the erasing transaction), an UPDATE of audit_log may change the row
-- snapshots (before/after) and nothing else. Who, when, what and how stay as they were.

ALTER TABLE audit_context ADD COLUMN erasing BIGINT NOT NULL DEFAULT 0;

DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN (SELECT erasing FROM audit_context WHERE id = 1) = 0
    OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.user_id IS NOT OLD.user_id
    OR NEW.via IS NOT OLD.via OR NEW.entity IS NOT OLD.entity
    OR NEW.entity_id IS NOT OLD.entity_id OR NEW.parent_entity IS NOT OLD.parent_entity
    OR NEW.parent_id IS NOT OLD.parent_id OR NEW.action IS NOT OLD.action
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only (an erasure may only redact personal data)');
END;

-- The day a survey was closed, and how many days after it the raw answers and the
-- invitation codes are deleted (NULL: kept until someone deletes them).
ALTER TABLE surveys ADD COLUMN closed_on TEXT;
ALTER TABLE surveys ADD COLUMN raw_data_days BIGINT;
ALTER TABLE surveys ADD COLUMN invitation_days BIGINT;
ALTER TABLE surveys ADD COLUMN raw_data_deleted_on TEXT;
UPDATE surveys SET closed_on = substr(modified_at, 1, 10) WHERE status = 'closed';

-- When a person or an account was erased (the row stays where records refer to it).
ALTER TABLE persons ADD COLUMN erased_on TEXT;
ALTER TABLE users ADD COLUMN erased_on TEXT;

-- The organization that brought a contribution in: its actors may edit it.
ALTER TABLE contributions ADD COLUMN organization_id BIGINT REFERENCES organizations(id);
CREATE INDEX contributions_by_organization ON contributions(organization_id);
