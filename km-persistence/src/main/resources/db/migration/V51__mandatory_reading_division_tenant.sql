-- Every table of an organization's data carries the organization's id (TenancyTest), so that no
-- query can read another organization's rows by a join that forgets it: the divisions of a
-- mandatory reading now carry it too, taken from their reading.
ALTER TABLE mandatory_reading_division ADD COLUMN organization_id BIGINT;

UPDATE mandatory_reading_division
  SET organization_id =
    (SELECT m.organization_id FROM mandatory_reading m WHERE m.id = mandatory_reading_division.mandatory_reading_id);

ALTER TABLE mandatory_reading_division ALTER COLUMN organization_id SET NOT NULL;

ALTER TABLE mandatory_reading_division ADD CONSTRAINT mandatory_reading_division_organization_fk
  FOREIGN KEY (organization_id) REFERENCES organization (id);
