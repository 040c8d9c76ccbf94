-- Teams, their members by role, invite codes (stored hashed), and the audit trail.
CREATE TABLE teams (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    lang             TEXT NOT NULL,
    k_min            INTEGER NOT NULL DEFAULT 3,
    retention_months INTEGER NOT NULL DEFAULT 18,
    created_day      TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
    pseudonym  TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    team       INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('worker', 'coach', 'supervisor')),
    joined_day TEXT NOT NULL,
    PRIMARY KEY (pseudonym, team, role)
) STRICT;

-- A worker reflects for one team at a time.
CREATE UNIQUE INDEX one_team_per_worker ON memberships(pseudonym) WHERE role = 'worker';

CREATE TABLE invites (
    code_hash  TEXT PRIMARY KEY,
    team       INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('worker', 'coach', 'supervisor')),
    expires_at TEXT NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
) STRICT;

-- Failed invite codes per worker, for rate limiting guesses.
CREATE TABLE invite_failures (
    pseudonym TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX invite_failures_by_worker ON invite_failures(pseudonym, at);

CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    role   TEXT NOT NULL,
    action TEXT NOT NULL,
    team   INTEGER,
    detail TEXT NOT NULL DEFAULT ''
) STRICT;

-- Entries belong to the author's team (the unused text column of 0001 goes).
DROP INDEX entries_by_team;
ALTER TABLE entries DROP COLUMN team;
ALTER TABLE entries ADD COLUMN team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL;
CREATE INDEX entries_by_team ON entries(team_id, day);
