// Everything Rosatom does that concerns Mali
MATCH (rosatom:Entity {id: 'rosatom'})-[r]-(x:Entity)
OPTIONAL MATCH (x)-[toMali]-(mali:Entity {id: 'mali'})
RETURN type(r) AS rosatomDoes, x.name AS what,
       collect(DISTINCT type(toMali)) AS linkToMali,
       rosatom, r, x, collect(toMali) AS links, mali
