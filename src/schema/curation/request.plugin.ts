import { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { authenticator } from '../../auth';
import { Context } from '../context';
import { unauthenticated } from '../errors';

/**
 * The request-wide parts of curation (docs/curation.md): when the configuration requires a token
 * for reads, a query without a valid one is refused before it runs; and a response to a write
 * carries the write's Neo4j bookmarks in extensions.bookmarks (read-your-writes).
 */
export function curationPlugin(): ApolloServerPlugin<Context> {
  return {
    // Apollo's hooks return promises; the ones without a wait return Promise.resolve.
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ contextValue, operation }) {
          if (operation?.operation === OperationTypeNode.MUTATION || !authenticator().config.requireForReads) return;
          const user = await contextValue.auth.user();
          if (!user) throw unauthenticated('This server requires a bearer token for reads too (Authorization: Bearer <token>).');
        },
        willSendResponse({ contextValue, response }) {
          if (contextValue.writeBookmarks?.length && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              bookmarks: [...contextValue.writeBookmarks],
            };
          }
          return Promise.resolve();
        },
      });
    },
  };
}
