// The relationship types the annotations have used, for suggested relations to reuse.
CALL db.relationshipTypes() YIELD relationshipType
WITH relationshipType WHERE NOT relationshipType IN ['HAS_SENTENCE', 'MENTIONS']
RETURN relationshipType AS type
