-- What a supervisor did with a structural signal (#15): passed to management, to local
-- policy or to the network, on a day. Team-level: nothing about who raised the signal.
CREATE TABLE signal_followups (
    id        INTEGER PRIMARY KEY,
    team      INTEGER NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
    field     TEXT NOT NULL,
    value     TEXT NOT NULL,
    passed_to TEXT NOT NULL CHECK (passed_to IN ('management', 'local_policy', 'network')),
    day       TEXT NOT NULL
) STRICT;

CREATE INDEX signal_followups_team_day ON signal_followups(team, day);
