-- #15 follow-up: the coach's answer on the case card, and the worker's one reply.
-- Which question of the Bind-Kracht triangle a coach answered (a key of
-- bot.teams.coach.COACH_PROMPTS; NULL: one free answer), also while it is being written.
ALTER TABLE coach_prompts ADD COLUMN answer_to TEXT;
ALTER TABLE coach_drafts ADD COLUMN answer_to TEXT;
-- The reflection a prompt came from, so that its answer stands on that case card. The link
-- goes with the entry (retention, /forget); the prompt itself goes with its asker.
ALTER TABLE coach_prompts ADD COLUMN entry_id INTEGER REFERENCES entries(id) ON DELETE SET NULL;
-- The day whoever asked replied to the answer (once; the reply is relayed, never stored).
ALTER TABLE coach_prompts ADD COLUMN replied_day TEXT;
