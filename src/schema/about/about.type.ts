import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What this API runs on.' })
export class About {
  @Field(() => String, { description: 'Version of this API (package.json).' })
  apiVersion!: string;

  @Field(() => String, { description: 'Version of the Neo4j server that answers the queries.' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'Neo4j edition, such as community or enterprise.' })
  neo4jEdition!: string;
}
