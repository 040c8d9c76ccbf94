-- Team summaries count only the reflections workers shared for supervision: the cells are
-- recounted from shared entries by code right after this file (bot/storage/sqlite_cells).
SELECT 1;
