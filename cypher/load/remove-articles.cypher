// After their relations, sentences and entities were released: the Article nodes themselves.
UNWIND $slugs AS slug
MATCH (a:Article {slug: slug})
DETACH DELETE a
