// A user query's transaction, found by the request id the server put in its
// metadata: still listed after TERMINATE means Neo4j keeps running it.
SHOW TRANSACTIONS YIELD transactionId, metaData, status
WHERE metaData.requestId = $requestId
RETURN transactionId, status
