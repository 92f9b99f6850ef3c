// Every loaded article with the hash of the files it was loaded from, for reconciling with the folders.
MATCH (a:Article)
RETURN a.slug AS slug, a.sourceHash AS sourceHash
