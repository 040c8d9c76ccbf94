-- A question every coach of the team skipped goes back to the team's supervisors (#15):
-- it leaves the coaches' queue on that day, and nobody answers it in the bot any more.
ALTER TABLE coach_prompts ADD COLUMN returned_day TEXT;

-- The day the worker who asked thanked the coach for the answer (once, anonymously).
ALTER TABLE coach_prompts ADD COLUMN thanked_day TEXT;
