-- Soft deletion of the records of the year: a deleted record keeps its row (and its id, which
-- no new record takes) with who deleted it, when and why; every read of the year leaves it out,
-- and restoring it clears the three columns. The version is bumped by both, so that a form made
-- before either is a conflict. Same dialect rules as V1: H2 2.4 and PostgreSQL 15+ unchanged.

ALTER TABLE staff_member ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE staff_member ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE staff_member ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE training ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE training ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE training ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE training_report ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_report ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE training_report ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE supervisor_rating ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE supervisor_rating ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE supervisor_rating ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE knowledge_asset ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE knowledge_asset ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE knowledge_asset ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE meeting ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE meeting ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE acknowledgement ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE acknowledgement ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE acknowledgement ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE access_event ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE access_event ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE access_event ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE recognition ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE recognition ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE recognition ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE progress_update ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE progress_update ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE progress_update ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE evaluation_report ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE evaluation_report ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE evaluation_report ADD COLUMN deleted_reason CHARACTER VARYING;

ALTER TABLE monitoring_note ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE monitoring_note ADD COLUMN deleted_by CHARACTER VARYING(100);
ALTER TABLE monitoring_note ADD COLUMN deleted_reason CHARACTER VARYING;
