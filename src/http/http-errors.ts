/**
 * The JSON answers the HTTP layer gives before GraphQL runs (Host refused, body over the limit or
 * not JSON, a failure of our own), in GraphQL's error shape with a code, so that both the direct
 * POST path (graphql-post.ts) and the Express path (server.ts) say them alike.
 */
export interface HttpErrorBody {
  errors: { message: string; extensions: { code: string } }[];
}

export function httpError(code: string, message: string): HttpErrorBody {
  return { errors: [{ message, extensions: { code } }] };
}

/** QUERY_TOO_LARGE's message for a body over HTTP_BODY_LIMIT. */
export function bodyOverLimit(limit: string): HttpErrorBody {
  return httpError('QUERY_TOO_LARGE', `The request body is over the limit of ${limit} (HTTP_BODY_LIMIT).`);
}

/** A failure of the server itself: nothing of it (stack, Cypher, host) goes to the client. */
export const INTERNAL_ERROR: HttpErrorBody = httpError('INTERNAL_SERVER_ERROR', 'Internal server error.');
