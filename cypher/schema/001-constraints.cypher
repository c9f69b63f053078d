// Every entity has a stable, human-readable id (a slug such as `nagorno-karabakh`).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
