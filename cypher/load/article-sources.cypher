// Every loaded article with the hashes of the files and provenance it was loaded from, for reconciling with the folders.
MATCH (a:Article)
RETURN a.slug AS slug, a.sourceHash AS sourceHash, a.provenanceHash AS provenanceHash
