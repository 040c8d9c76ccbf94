-- Someone who opened a co-supervisor link of a team that has a supervisor: they read
-- nothing until one of the team's supervisors approves (#15).
CREATE TABLE pending_supervisors (
    pseudonym TEXT NOT NULL REFERENCES workers(pseudonym) ON DELETE CASCADE,
    team      INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    asked_day TEXT NOT NULL,
    PRIMARY KEY (pseudonym, team)
) STRICT;
