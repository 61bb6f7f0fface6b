-- Where an account's daily digest of what is due goes (km serve --smtp); empty for no e-mail.
-- Same dialect rules as V1.
ALTER TABLE account ADD COLUMN email CHARACTER VARYING(254);
