// Functions for the workbench's completion, with their signatures.
SHOW FUNCTIONS YIELD name, signature, description
RETURN name, signature, description
ORDER BY name
