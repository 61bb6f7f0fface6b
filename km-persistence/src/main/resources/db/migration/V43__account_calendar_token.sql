-- The secret of an account's calendar feed (iCalendar), which a calendar program reads without
-- signing in: empty until the account asks for a feed, replaced when the account revokes it.
-- Unique, so that a secret names one account. Same dialect rules as V1.
ALTER TABLE account ADD COLUMN calendar_token CHARACTER VARYING(64);
ALTER TABLE account ADD CONSTRAINT account_calendar_token_unique UNIQUE (calendar_token);
