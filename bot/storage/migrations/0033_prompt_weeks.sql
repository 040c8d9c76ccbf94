-- #11: coaches are only ever shown the week of a reflection, so the prompt keeps only that
-- week (its Monday), not the exact day. 'weekday 0' moves to the coming Sunday (or stays on
-- one); six days back is the Monday of the same ISO week.
UPDATE coach_prompts SET entry_day = date(entry_day, 'weekday 0', '-6 days')
    WHERE entry_day IS NOT NULL;
