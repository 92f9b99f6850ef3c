// Every property key the database knows.
CALL db.propertyKeys() YIELD propertyKey
RETURN propertyKey
ORDER BY propertyKey
