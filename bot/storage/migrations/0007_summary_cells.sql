-- Per-day counts of every summary cell, so a summary reads days, not entries.
-- A worker's index in a team numbers the bits of the workers bitset; it holds no name.
CREATE TABLE team_workers (
    team_id   INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    pseudonym TEXT NOT NULL,
    idx       INTEGER NOT NULL,
    PRIMARY KEY (team_id, pseudonym)
) STRICT;
CREATE INDEX team_workers_by_pseudonym ON team_workers(pseudonym);

CREATE TABLE cell_days (
    team_id INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    day     TEXT NOT NULL,
    field   TEXT NOT NULL,
    value   TEXT NOT NULL,
    entries INTEGER NOT NULL,
    workers BLOB NOT NULL,
    PRIMARY KEY (team_id, day, field, value)
) STRICT, WITHOUT ROWID;
-- A missing answer is stored as the value '' (no option key or scale value is empty).
