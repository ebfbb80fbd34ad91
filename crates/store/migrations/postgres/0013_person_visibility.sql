-- Persons can be non-public (e.g. a citizen member who does not want to appear online):
-- then only the body's coordinators and council members see them, in HTML, API and OParl.
ALTER TABLE persons ADD COLUMN public BIGINT NOT NULL DEFAULT 1;
