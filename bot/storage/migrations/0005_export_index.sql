-- Export pages walk a team's shared entries by id: each page starts where the last ended.
CREATE INDEX entries_shared_by_id ON entries(team_id, shared, id);
