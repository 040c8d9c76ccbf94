-- Saving a session records the Telegram update it applied in the same statement:
-- the worker's last_update_id follows the session row (applied exactly once).
CREATE TRIGGER sessions_applied_insert AFTER INSERT ON sessions
WHEN NEW.last_update_id IS NOT NULL
BEGIN
    UPDATE workers SET last_update_id = max(last_update_id, NEW.last_update_id)
    WHERE pseudonym = NEW.pseudonym;
END;

CREATE TRIGGER sessions_applied_update AFTER UPDATE OF last_update_id ON sessions
WHEN NEW.last_update_id IS NOT NULL
BEGIN
    UPDATE workers SET last_update_id = max(last_update_id, NEW.last_update_id)
    WHERE pseudonym = NEW.pseudonym;
END;
