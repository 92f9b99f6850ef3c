// Property keys for the workbench's completion.
CALL db.propertyKeys() YIELD propertyKey
RETURN collect(propertyKey) AS names
