-- The client address a change came from, for changes made through the web: the connection's, or
-- the browser's as the HTTPS proxy forwards it (X-Forwarded-For, trusted only under --https-proxy).
-- NULL for batch runs of the command line and for entries written before this column existed.
ALTER TABLE audit_log ADD COLUMN client_address CHARACTER VARYING(64);
