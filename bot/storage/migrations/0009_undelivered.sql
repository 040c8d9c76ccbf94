-- A reply that could not be delivered (the network failed past every retry): the worker
-- is told on their next message, so nothing goes silently missing.
ALTER TABLE workers ADD COLUMN undelivered INTEGER NOT NULL DEFAULT 0;
