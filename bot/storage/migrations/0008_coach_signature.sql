-- A coach may sign an answer: then the worker (and the pack) see the name the coach chose.
-- The signer is kept only so that /forget and key rotation can find the signature.
ALTER TABLE coach_prompts ADD COLUMN signer TEXT REFERENCES workers(pseudonym) ON DELETE SET NULL;
ALTER TABLE coach_prompts ADD COLUMN signature TEXT;
