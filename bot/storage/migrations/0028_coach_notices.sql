-- The day a coach last got the short notice that questions wait for them (#15): one a
-- day at most. On the worker row, so /forget and key rotation handle it with the rest.
ALTER TABLE workers ADD COLUMN coach_noticed_day TEXT;
