-- Data protection (GDPR): erasure of a person's or an account's data, and how long survey
-- raw data and invitation codes are kept.
--
-- Erasure must reach the audit trail too, or it erases nothing: while the transaction has
-- set teilhabe.erasing to 'on', an UPDATE of audit_log may change the row snapshots
-- (before/after) and nothing else. Who, when, what and how stay as they were.

CREATE OR REPLACE FUNCTION teilhabe_audit_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('teilhabe.erasing', true) = 'on'
        AND (NEW.id, NEW.at, NEW.user_id, NEW.via, NEW.entity, NEW.entity_id,
             NEW.parent_entity, NEW.parent_id, NEW.action)
            IS NOT DISTINCT FROM
            (OLD.id, OLD.at, OLD.user_id, OLD.via, OLD.entity, OLD.entity_id,
             OLD.parent_entity, OLD.parent_id, OLD.action)
    THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only (an erasure may only redact personal data)';
END
$$ LANGUAGE plpgsql;

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
