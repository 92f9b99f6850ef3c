// One node by element id, with its degree (from the degree store) and how many sentences mention it.
MATCH (n)
WHERE elementId(n) = $id
RETURN n, COUNT { (n)--() } AS totalDegree, COUNT { (n)<-[:MENTIONS]-(:Sentence) } AS mentionCount
