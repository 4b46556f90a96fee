-- Counts under q= read only answers with a comment, from the index alone: time, score and the comment.
CREATE INDEX `responses_survey_commented_idx` ON `responses` (`survey_id`,`received_at`,`score`,`comment`) WHERE "responses"."comment" IS NOT NULL;
