// Entities by id, for the per-request entity loader: one round trip for every id a request needs.
// :param ids => ['nagorno-karabakh', 'artsakh']
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, labels: labels(e)} AS entity;
