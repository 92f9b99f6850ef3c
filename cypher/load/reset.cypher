// Removes everything the loader wrote (and nothing else), in batches so that a
// large graph does not need one huge transaction.
MATCH (n)
WHERE n:Entity OR n:Article OR n:Sentence
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
