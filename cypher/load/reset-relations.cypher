// One batch of the reset: the domain relationships between entities.
MATCH (:Entity)-[r]->(:Entity)
WITH r LIMIT $batch
DELETE r
RETURN count(*) AS deleted
