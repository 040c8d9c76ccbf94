-- Workers are known by a keyed pseudonym only; the chat id to write back sits apart.
CREATE TABLE workers (
    pseudonym   TEXT PRIMARY KEY,
    key_version INTEGER NOT NULL,
    lang        TEXT NOT NULL,
    created_day TEXT NOT NULL
) STRICT;

CREATE TABLE worker_chats (
    pseudonym TEXT PRIMARY KEY REFERENCES workers(pseudonym) ON DELETE CASCADE,
    chat_id   INTEGER NOT NULL
) STRICT;

-- The reflection in progress: rewritten after every answer, before the reply.
CREATE TABLE sessions (
    pseudonym      TEXT PRIMARY KEY REFERENCES workers(pseudonym) ON DELETE CASCADE,
    data           TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    last_update_id INTEGER
) STRICT;

-- Saved reflections: the day only, answers by stable key, scrubbed text, no ids.
CREATE TABLE entries (
    id               INTEGER PRIMARY KEY,
    worker           TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    team             TEXT,
    dialogue_id      TEXT NOT NULL,
    dialogue_version INTEGER NOT NULL,
    day              TEXT NOT NULL,
    lang             TEXT NOT NULL,
    answers          TEXT NOT NULL,
    signals          TEXT NOT NULL,
    flags            TEXT NOT NULL,
    shared           INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE INDEX entries_by_worker ON entries(worker, day);
CREATE INDEX entries_by_team ON entries(team, day);
