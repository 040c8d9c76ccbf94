-- Who may create teams (#15), kept by the operator with `reflectbot team creators`: while
-- the list is empty, everyone may. Pseudonyms only (an HMAC of the Telegram id).
CREATE TABLE team_creators (
    pseudonym TEXT PRIMARY KEY,
    added_day TEXT NOT NULL
) STRICT;
