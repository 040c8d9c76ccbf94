-- A question every coach of the team skipped goes back to the team's supervisors (#15):
-- it leaves the coaches' queue on that day, and nobody answers it in the bot any more.
ALTER TABLE coach_prompts ADD COLUMN returned_day TEXT;
