-- OParl lists page by id within a body (`body_id = ? AND id > ? ORDER BY id LIMIT n`).
-- Without these, every page sorts the body's whole list and a crawl grows quadratically.
CREATE INDEX organizations_keyset ON organizations(body_id, id);
CREATE INDEX persons_keyset ON persons(body_id, id);
CREATE INDEX meetings_keyset ON meetings(body_id, id);
CREATE INDEX papers_keyset ON papers(body_id, id);
CREATE INDEX files_keyset ON files(body_id, id);
