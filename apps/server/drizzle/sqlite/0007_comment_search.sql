-- Comment search (q=): an FTS5 index of comments with the trigram tokenizer,
-- which finds any substring of three or more characters in any script, with
-- no word boundaries needed (「遅い配送」 inside 「配送が遅いです」 or not). It
-- reads the text from responses (external content) and is kept in step by
-- triggers in the same transaction as every write, erasure and cascade.
CREATE VIRTUAL TABLE `responses_fts` USING fts5(comment, content='responses', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `responses_fts_insert` AFTER INSERT ON `responses` WHEN new.comment IS NOT NULL BEGIN
  INSERT INTO responses_fts(rowid, comment) VALUES (new.rowid, new.comment);
END;
--> statement-breakpoint
CREATE TRIGGER `responses_fts_delete` AFTER DELETE ON `responses` WHEN old.comment IS NOT NULL BEGIN
  INSERT INTO responses_fts(responses_fts, rowid, comment) VALUES ('delete', old.rowid, old.comment);
END;
--> statement-breakpoint
CREATE TRIGGER `responses_fts_update` AFTER UPDATE OF comment ON `responses` WHEN old.comment IS NOT new.comment BEGIN
  INSERT INTO responses_fts(responses_fts, rowid, comment) SELECT 'delete', old.rowid, old.comment WHERE old.comment IS NOT NULL;
  INSERT INTO responses_fts(rowid, comment) SELECT new.rowid, new.comment WHERE new.comment IS NOT NULL;
END;
--> statement-breakpoint
INSERT INTO responses_fts(responses_fts) VALUES ('rebuild');
