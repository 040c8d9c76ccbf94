-- The clear Telegram ids go (0010 sealed them). Secure delete zeroes the freed space and
-- the store vacuums after this migration, so no copy of them stays in the file.
ALTER TABLE worker_chats DROP COLUMN chat_id;
ALTER TABLE worker_chats DROP COLUMN question_message_id;
DROP TABLE chat_messages;
