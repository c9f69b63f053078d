import http from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { GraphClient } from '../graph/client';
import { Context, createContext } from '../schema/context';
import { formatError } from '../schema/errors';
import { curationPlugin } from '../schema/curation/request.plugin';
import { mountStaticPages } from './static-pages';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Stops taking requests, drains those in flight, then resolves. */
  close(): Promise<void>;
}

/**
 * HTTP: /graphql (Apollo; GraphiQL for a browser), /explore (the relationship explorer),
 * /health (the process is up) and /ready (Neo4j answers). The process
 * keeps no state between requests, so several copies can run behind a load balancer.
 */
export async function createApiServer(schema: GraphQLSchema, graph: GraphClient): Promise<ApiServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns the signals: it must stop the local Neo4j after Apollo drains.
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), curationPlugin()],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  app.get('/ready', async (_req, res) => {
    const probe = await graph.ping(1500);
    if (probe.ok) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: probe.reason });
  });
  mountStaticPages(app);
  app.use('/graphql', express.json({ limit: '1mb' }), expressMiddleware(apollo, { context: async ({ req }) => createContext(graph, req) }));
  // Malformed JSON bodies and other middleware failures: a clear 400, never a stack trace.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    res.status(status).json({ errors: [{ message: status === 500 ? 'Internal server error.' : err.message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  });

  return {
    app,
    httpServer,
    apollo,
    close: async () => {
      await apollo.stop(); // the drain plugin closes the HTTP server once requests in flight finish
    },
  };
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const addr = server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : port);
    });
  });
}
