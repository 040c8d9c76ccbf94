-- #14: what the chat state remembers across a restart. `answered_questions`: the sealed
-- message ids of one-shot questions (/remind, /forget's confirmation, the clean-up offer,
-- the repair offer, /language) already answered, so a second press that was queued while
-- the bot restarted is closed, not applied twice; kept 48 hours (Telegram's edit window),
-- erased with the worker. `removal_noted`: the one-time note "I removed your message" was
-- shown in this chat (dropped with the chat row on /forget).
CREATE TABLE answered_questions (
    id          INTEGER PRIMARY KEY,
    pseudonym   TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    message     BLOB NOT NULL,
    answered_at TEXT NOT NULL
) STRICT;
CREATE INDEX answered_questions_by_worker ON answered_questions(pseudonym, answered_at);
ALTER TABLE worker_chats ADD COLUMN removal_noted INTEGER NOT NULL DEFAULT 0;
