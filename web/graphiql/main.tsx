// GraphiQL served by the API itself, bundled from the graphiql package so that it works offline.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import type { ExecutionResult } from 'graphql';
import 'graphiql/graphiql.css';

const ENDPOINT = new URL('/graphql', window.location.href).toString();

// A plain JSON POST: Apollo's CSRF prevention accepts it (content-type application/json).
const fetcher: Fetcher = async (params) => {
  const res = await fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  // GraphiQL shows whatever the server answered, errors included.
  return (await res.json()) as ExecutionResult;
};

const DEFAULT_QUERY = `# Who controlled Nagorno-Karabakh, and who claimed it, on a given date?
query ControlAndClaims($asOf: Date = "2022-08-03") {
  neighborhood(id: "nagorno-karabakh", depth: 1, types: [CONTROLS, CLAIMS], asOf: $asOf) {
    nodes { id kind name }
    edges { type source target validFrom validTo status }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} defaultEditorToolsVisibility={false} />,
);
