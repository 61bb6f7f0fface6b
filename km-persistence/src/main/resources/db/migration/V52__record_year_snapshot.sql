-- A stored, versioned snapshot of each organization's records of a year, so that a batch
-- evaluation (km evaluate --all) reads one compact value per organization instead of decoding
-- some thousand rows. Same dialect rules as V1: H2 2.4 and PostgreSQL 15+ unchanged.
--
-- record_year_version counts the writes to the records of an organization's year: every write to
-- a record table (and its child tables) raises it by one in its own transaction, under the
-- organization's row lock. An organization's year without a row has version 0.
CREATE TABLE record_year_version (
  organization_id BIGINT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT record_year_version_pk PRIMARY KEY (organization_id, fiscal_year),
  CONSTRAINT record_year_version_organization_fk FOREIGN KEY (organization_id)
    REFERENCES organization (id),
  CONSTRAINT record_year_version_check CHECK (version >= 1)
);

-- The live records of an organization's year as they stood at records_version, encoded by the
-- codec numbered codec (RecordYearCodec). A snapshot is a cache: it is read only while its
-- records_version equals the year's version and its codec is km's; otherwise the rows are read
-- and a new snapshot replaces it. Deleting it never loses anything.
CREATE TABLE record_year_snapshot (
  organization_id BIGINT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  records_version BIGINT NOT NULL,
  codec INTEGER NOT NULL,
  content BYTEA NOT NULL,
  CONSTRAINT record_year_snapshot_pk PRIMARY KEY (organization_id, fiscal_year),
  CONSTRAINT record_year_snapshot_organization_fk FOREIGN KEY (organization_id)
    REFERENCES organization (id)
);
