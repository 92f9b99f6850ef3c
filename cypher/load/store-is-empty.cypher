// Whether the database holds no node at all (the bulk import's condition).
RETURN NOT EXISTS { MATCH (n) } AS empty
