// For each key (an entity's or a sentence's id), one article it comes from: the article of a
// sentence, or one whose sentences mention the entity. Keys found nowhere give no row.
UNWIND $keys AS key
CALL (key) {
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence {id: key})
  RETURN a.slug AS slug
  UNION
  MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: key})
  RETURN a.slug AS slug
}
WITH key, min(slug) AS slug
RETURN key, slug
