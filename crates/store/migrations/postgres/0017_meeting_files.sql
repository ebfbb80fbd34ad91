-- Files of meetings and agenda items (OParl: a meeting's invitation, results and verbatim
-- protocol and auxiliary files; an agenda item's resolution and auxiliary files), and which
-- of these a file is. A paper's files keep `role` empty or 'main' for its main file.
ALTER TABLE files ADD COLUMN agenda_item_id BIGINT REFERENCES agenda_items(id);
ALTER TABLE files ADD COLUMN role TEXT;
CREATE INDEX files_by_meeting ON files(meeting_id);

-- Council systems give the same reference to two papers (269 of 14,004 in one real
-- SessionNet crawl); both are kept. A reference stays unique per body for papers typed in
-- here; an imported paper whose reference another paper carries gets the next
-- `duplicate_no`.
ALTER TABLE papers ADD COLUMN duplicate_no BIGINT NOT NULL DEFAULT 0;
ALTER TABLE papers DROP CONSTRAINT papers_body_id_reference_key;
CREATE UNIQUE INDEX papers_reference ON papers(body_id, reference, duplicate_no);
