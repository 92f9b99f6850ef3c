// After a load failed: entities it created that a written article names and an
// unwritten one named too lose what they held (labels but Entity, properties
// but id, MENTIONS and relations kept), to be merged again from the written
// articles alone (merge-entities), as if the unwritten ones had never been read.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
REMOVE e:$([label IN labels(e) WHERE label <> 'Entity'])
SET e = {id: id}
