-- A message older than 48 hours can no longer be deleted by the bot: its sealed id goes,
-- and only how many there were stays, so /forget can still tell the worker about them.
ALTER TABLE worker_chats ADD COLUMN expired INTEGER NOT NULL DEFAULT 0;

-- /forget requests as SHA-256 hashes of the erased pseudonyms (one per key version): a
-- backup restored later is erased again. A hash links to nothing without the pseudonym.
CREATE TABLE erasures (
    hash TEXT PRIMARY KEY,
    day  TEXT NOT NULL
) STRICT;
