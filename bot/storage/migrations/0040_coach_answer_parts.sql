-- #15: a coach may answer every question of the Bind-Kracht triangle on one prompt. Each
-- answer to a question is a row of its own (the prompt's team, asker, vignette, question
-- and entry copied, so relay, thanks, reply, exports, /mine, /forget and retention treat it
-- as any answered prompt), `part_of` the prompt it answers. The prompt stays open until
-- every question is answered, a coach says it is done (`closed_day`) or gives one free
-- answer (on the prompt itself, as before).
ALTER TABLE coach_prompts ADD COLUMN part_of INTEGER REFERENCES coach_prompts(id) ON DELETE CASCADE;
ALTER TABLE coach_prompts ADD COLUMN closed_day TEXT;
