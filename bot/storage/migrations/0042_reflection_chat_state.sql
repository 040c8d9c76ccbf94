-- #14: more of the chat state kept across a restart. `worker_chats.since`: the sealed id of
-- the first message of the reflection in progress (message ids grow in a chat), so a
-- discard deletes only what this reflection left, never the messages an earlier one left
-- that the worker chose to keep; cleared when the reflection ends, dropped with the chat
-- row on /forget. `held_messages`: the sealed ids of typed texts too long to keep, left in
-- the chat for the worker to shorten and removed once the shorter version is kept (the
-- window promises it); kept 48 hours (Telegram's delete window), erased with the worker.
ALTER TABLE worker_chats ADD COLUMN since BLOB;
CREATE TABLE held_messages (
    id        INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    message   BLOB NOT NULL,
    held_at   TEXT NOT NULL
) STRICT;
CREATE INDEX held_messages_by_worker ON held_messages(pseudonym, held_at);
