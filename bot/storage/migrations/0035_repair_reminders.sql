-- The one reminder a worker asked for when they marked a repair "not yet" (#13): when it
-- is due, cleared once sent or stopped. On the worker row, so /forget and key rotation
-- handle it with the rest; it names no entry and no person.
ALTER TABLE workers ADD COLUMN repair_reminder_at TEXT;
