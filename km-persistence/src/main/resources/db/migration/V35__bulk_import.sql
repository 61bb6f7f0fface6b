-- Organizations whose year was stored whole by the bulk import (km db import --all, km generate
-- --db). The row is written in the same transaction as the year's records, so its presence means
-- the year is complete: a rerun skips it, and an organization without a row is imported again.
CREATE TABLE bulk_import (
  organization_id BIGINT NOT NULL,
  fiscal_year INTEGER NOT NULL,
  record_count INTEGER NOT NULL,
  imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (organization_id, fiscal_year),
  CONSTRAINT bulk_import_organization_fk FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT bulk_import_fiscal_year_check CHECK (fiscal_year BETWEEN 2400 AND 2700)
);
