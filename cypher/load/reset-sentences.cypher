// One batch of the reset: sentences with their HAS_SENTENCE and MENTIONS
// relationships. Run again until it deletes nothing; each batch is its own
// transaction, so memory stays bounded at any graph size.
MATCH (s:Sentence)
WITH s LIMIT $batch
DETACH DELETE s
RETURN count(*) AS deleted
