// The entities among $ids that exist, with their labels and redirect (mergedInto), for the
// curation checks (kinds allowed at a statement's ends, existing sources ...).
// :param ids => ['azerbaijan', 'lachin-district', 'seed-article']
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind, labels(e) AS labels, e.mergedInto AS mergedInto;
