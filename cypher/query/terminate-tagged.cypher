// Stops a user query the client no longer waits for: its transaction is found
// by the request id the server put in the transaction's metadata.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.requestId = $requestId
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS terminated
RETURN terminated
