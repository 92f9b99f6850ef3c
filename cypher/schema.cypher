// Schema for the loaded articles. Each statement runs in its own transaction,
// before any data is written: MERGE on an unconstrained key scans every node.
CREATE CONSTRAINT entity_id IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE;

CREATE CONSTRAINT article_slug IF NOT EXISTS
FOR (n:Article) REQUIRE n.slug IS UNIQUE;

CREATE CONSTRAINT sentence_id IF NOT EXISTS
FOR (n:Sentence) REQUIRE n.id IS UNIQUE;

// Search as you type over names and aliases; standard-folding ignores case and accents.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

CREATE FULLTEXT INDEX sentence_text IF NOT EXISTS
FOR (n:Sentence) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};

// Adjectives of nationality ("Malian"), for linking an article's demonyms to the entity they name.
CREATE FULLTEXT INDEX entity_demonyms IF NOT EXISTS
FOR (n:Entity) ON EACH [n.demonyms]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
