-- Library: a kit may be an adaptation or a remix of kits of the library (origin kind ADAPTATION).
-- Its sources and their attribution block, as the remix check gave it, are kept with the version.
-- The CHECK of V007 has no portable name, so the column is replaced (the data are copied).
ALTER TABLE kit_version ADD COLUMN origin_kind_v10 VARCHAR(20);
UPDATE kit_version SET origin_kind_v10 = origin_kind;
ALTER TABLE kit_version DROP COLUMN origin_kind;
ALTER TABLE kit_version RENAME COLUMN origin_kind_v10 TO origin_kind;
ALTER TABLE kit_version ALTER COLUMN origin_kind SET NOT NULL;
ALTER TABLE kit_version ADD CONSTRAINT kit_version_origin_kind_ck
    CHECK (origin_kind IN ('OWN', 'CO_AUTHORS', 'THIRD_PARTY', 'AI_ASSISTED', 'PUBLIC_DOMAIN', 'ADAPTATION'));

ALTER TABLE kit_version ADD COLUMN sources_attribution TEXT;

-- The kits an adaptation was made from (no foreign key: the attribution above stays if one goes).
CREATE TABLE kit_version_source (
    version_id    BIGINT  NOT NULL REFERENCES kit_version (id) ON DELETE CASCADE,
    source_order  INTEGER NOT NULL,
    source_kit_id BIGINT  NOT NULL,
    PRIMARY KEY (version_id, source_order)
);
