-- An exhibitor's team (issue 33): each staff account's role. Staff accounts from before roles
-- existed are their exhibitor's owners.
ALTER TABLE users ADD COLUMN staff_role TEXT CHECK (staff_role IN ('owner', 'manager', 'booth'));
UPDATE users SET staff_role = 'owner' WHERE exhibitor_id IS NOT NULL;
