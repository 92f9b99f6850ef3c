// The ends of exported relationships that the query itself did not return.
MATCH (n)
WHERE elementId(n) IN $ids
RETURN n
