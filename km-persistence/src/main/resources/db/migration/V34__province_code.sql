-- The two-digit province code (รหัสจังหวัด, 10 Bangkok to 96 Narathiwat) of an organization, beside
-- its province name: national roll-ups group by it. Held on the organization (its registered
-- details) and on each plan version (the organization as that version's file gave it), like the
-- other organization details. Optional: plans saved before it existed have none.
ALTER TABLE organization ADD COLUMN province_code CHARACTER VARYING(2);
ALTER TABLE plan ADD COLUMN org_province_code CHARACTER VARYING(2);
CREATE INDEX organization_province_code ON organization (province_code);
