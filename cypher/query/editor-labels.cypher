// Labels for the workbench's completion.
CALL db.labels() YIELD label
RETURN collect(label) AS names
