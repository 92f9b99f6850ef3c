// Procedures for the workbench's completion, with their signatures.
SHOW PROCEDURES YIELD name, signature, description
RETURN name, signature, description
ORDER BY name
