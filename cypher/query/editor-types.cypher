// Relationship types for the workbench's completion.
CALL db.relationshipTypes() YIELD relationshipType
RETURN collect(relationshipType) AS names
