-- An event's optional image: the file lives in the file store under its SHA-256, with the type
-- read from its content at upload and the alternative text that pages and feeds show with it.
ALTER TABLE agenda_event ADD COLUMN image_sha256 VARCHAR(64);
ALTER TABLE agenda_event ADD COLUMN image_type VARCHAR(100);
ALTER TABLE agenda_event ADD COLUMN image_alt VARCHAR(250);
