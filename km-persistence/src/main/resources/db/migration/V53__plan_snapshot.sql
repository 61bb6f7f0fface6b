-- A stored snapshot of each plan version, so that a batch evaluation (km evaluate --all) reads one
-- value per organization instead of the plan's rows in some twenty tables. Same dialect rules as
-- V1: H2 2.4 and PostgreSQL 15+ unchanged.
--
-- A plan version's content never changes once stored (a later save makes a new version; approving
-- or superseding one changes only its plan row's status, lock and row version, which are not part
-- of the snapshot), and no plan row is ever deleted: a snapshot keyed by its plan row cannot go
-- stale. It is a cache all the same: one of another codec than km's (PlanRowsCodec), or whose
-- checksum, plan or columns do not match, is ignored, the rows are read, and it is replaced.
-- Deleting snapshots never loses anything.
CREATE TABLE plan_snapshot (
  plan_id BIGINT NOT NULL,
  organization_id BIGINT NOT NULL,
  codec INTEGER NOT NULL,
  content BYTEA NOT NULL,
  CONSTRAINT plan_snapshot_pk PRIMARY KEY (plan_id),
  CONSTRAINT plan_snapshot_plan_fk FOREIGN KEY (plan_id, organization_id)
    REFERENCES plan (id, organization_id)
);
