-- The clear signatures go (0031 sealed them). Secure delete zeroes the freed space and the
-- store vacuums after the migrations, so no copy of a name stays in the file or the WAL.
ALTER TABLE coach_prompts DROP COLUMN signature;
