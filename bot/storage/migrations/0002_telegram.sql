-- What the Telegram adapter needs: consent, activity, idempotency, reminders,
-- and the ids of the reflection's messages so the chat can be cleared after saving.
ALTER TABLE workers ADD COLUMN consent_day TEXT;
ALTER TABLE workers ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE workers ADD COLUMN last_update_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE workers ADD COLUMN weekly_next_at TEXT;

ALTER TABLE worker_chats ADD COLUMN question_message_id INTEGER;

ALTER TABLE sessions ADD COLUMN nudged INTEGER NOT NULL DEFAULT 0;

CREATE TABLE chat_messages (
    pseudonym  TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (pseudonym, message_id)
) STRICT;

CREATE INDEX sessions_by_age ON sessions(nudged, updated_at);
CREATE INDEX workers_by_weekly ON workers(weekly_next_at);
