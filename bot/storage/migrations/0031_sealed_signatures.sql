-- #11: a coach's chosen signature (a first name) leaves the clear. It is sealed (AES-GCM,
-- see bot/privacy/sealed.py) for the signer's pseudonym into a blob; existing names are
-- sealed by code right after this file, and 0032 drops the clear column.
ALTER TABLE coach_prompts ADD COLUMN sealed_signature BLOB;
