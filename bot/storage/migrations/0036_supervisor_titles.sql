-- What a team calls its supervisors (#13), set by its supervisor (/title) or the operator
-- (`reflectbot team title`): empty means the default "supervisors" wording. Short free
-- text, scrubbed like a team name; no personal data.
ALTER TABLE teams ADD COLUMN supervisor_title TEXT NOT NULL DEFAULT '';
