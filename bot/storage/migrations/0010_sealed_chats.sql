-- Telegram ids leave the clear. The chat id and the question's message id are sealed
-- (AES-GCM, see bot/privacy/sealed.py) into blobs; message ids the bot may still delete
-- get one sealed row each with the moment they were sent (Telegram lets a bot delete
-- messages for 48 hours only). Existing rows are sealed by code right after this file;
-- 0011 then drops the clear columns.
ALTER TABLE worker_chats ADD COLUMN chat BLOB;
ALTER TABLE worker_chats ADD COLUMN question BLOB;

CREATE TABLE chat_refs (
    id        INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    message   BLOB NOT NULL,
    sent_at   TEXT NOT NULL
) STRICT;
CREATE INDEX chat_refs_by_worker ON chat_refs(pseudonym, sent_at);
