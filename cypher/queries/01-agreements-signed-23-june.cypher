// Agreements signed on 23 June 2025, and who signed them
MATCH (signer:Entity)-[s:SIGNED]->(agreement:Agreement)
WHERE s.date = date('2025-06-23') OR agreement.signedOn = date('2025-06-23')
RETURN agreement.name AS title,
       collect(signer.name + coalesce(' (' + s.signatory + ')', '')) AS signedBy,
       agreement, collect(signer) AS signers, collect(s) AS signatures
ORDER BY title
