-- Whether an account may sign in. The secretary deactivates the account of someone who left
-- instead of deleting it, so that the audit log's actors still name an account. Same dialect
-- rules as V1.
ALTER TABLE account ADD COLUMN active BOOLEAN DEFAULT TRUE NOT NULL;
