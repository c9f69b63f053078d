import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/contract';

/**
 * Type definitions for the Neo4j GraphQL Library over our graph, as a team that picked the library
 * instead of this API would write them: one node type over the :Entity label with the common
 * properties, the aliases, and for every contract relationship type an outgoing and an incoming
 * field (`CONTROLS_out`, `CONTROLS_in`) whose relationship properties are the statement's
 * qualifiers. The library derives its filters, sorts and connections from these.
 */
export function libraryTypeDefs(): string {
  const relationFields = RELATIONSHIP_TYPE_NAMES.flatMap((type) => [
    `  ${type}_out: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Statement")`,
    `  ${type}_in: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Statement")`,
  ]).join('\n');
  return `
type Entity @node(labels: ["Entity"]) {
  id: ID!
  kind: String!
  name: String!
  description: String
  wikidataId: String
  aliases: [Alias!]! @relationship(type: "HAS_ALIAS", direction: OUT)
${relationFields}
}

type Alias @node {
  name: String!
  language: String
  misspelling: Boolean
}

type Statement @relationshipProperties {
  id: ID!
  validFrom: Date
  validFromPrecision: String
  validTo: Date
  validToPrecision: String
  status: String
  rank: String
  confidence: String
  role: String
  extent: String
  note: String
  provision: String
  sources: [String!]
  assertedBy: [String!]
  disputedBy: [String!]
  supportedBy: [String!]
}
`;
}
