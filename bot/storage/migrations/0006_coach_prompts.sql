-- Supervision prompts for coaches: an anonymised vignette (structured answers only, no
-- free text but the question), who gets the answer back, and the answer once given.
CREATE TABLE coach_prompts (
    id           INTEGER PRIMARY KEY,
    team_id      INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    asker        TEXT REFERENCES workers(pseudonym) ON DELETE CASCADE,
    entry_day    TEXT,
    vignette     TEXT NOT NULL DEFAULT '{}',
    question     TEXT NOT NULL DEFAULT '',
    answer       TEXT,
    created_day  TEXT NOT NULL,
    answered_day TEXT
) STRICT;
CREATE INDEX coach_prompts_open ON coach_prompts(team_id, answer, id);

-- A coach may skip a prompt (for example one that touches their own history).
CREATE TABLE coach_skips (
    pseudonym TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    prompt_id INTEGER NOT NULL REFERENCES coach_prompts(id) ON DELETE CASCADE,
    PRIMARY KEY (pseudonym, prompt_id)
) STRICT;

-- The answer a coach is writing: scrubbed text waiting for "send".
CREATE TABLE coach_drafts (
    pseudonym TEXT PRIMARY KEY REFERENCES workers(pseudonym) ON DELETE CASCADE,
    prompt_id INTEGER NOT NULL REFERENCES coach_prompts(id) ON DELETE CASCADE,
    text      TEXT
) STRICT;
