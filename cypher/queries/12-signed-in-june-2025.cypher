// What was signed in June 2025: each signature dated to a day of June, or to June as a month
MATCH (signer:Entity)-[s:SIGNED]->(signed:Entity)
WITH signer, s, signed, coalesce(s.date, signed.signedOn) AS on
// A DATE reads "2025-06-23", a month-precision date is the STRING "2025-06": both start alike.
WHERE toString(on) STARTS WITH '2025-06'
RETURN signed.name AS what, toString(on) AS date,
       collect(signer.name + coalesce(' (' + s.signatory + ')', '')) AS signedBy,
       signed, collect(signer) AS signers, collect(s) AS signatures
ORDER BY date, what
