// Sentences that mention both Mali and Russia
MATCH (s:Sentence)-[:MENTIONS]->(:Entity {id: 'mali'}),
      (s)-[:MENTIONS]->(:Entity {id: 'russia'})
RETURN s.index AS sentence, s.text AS text
ORDER BY sentence
