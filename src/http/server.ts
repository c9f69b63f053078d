import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import compression from 'compression';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLSchema } from 'graphql';
import { Logger } from 'pino';
import { HttpSettings, loadServiceSettings, OperationLimits } from '../config';
import { GraphClient } from '../graph/client';
import { Context, createContext } from '../schema/context';
import { formatError } from '../schema/errors';
import { compiledExecution } from './compiled-execution';
import { Admission } from './limits/admission';
import { limitsPlugin } from './limits/plugin';
import { shapeGuard } from './limits/shape-guard';
import { ApiMetrics, createLogger } from './observability';
import { curationPlugin } from '../schema/curation/request.plugin';
import { mountStaticPages } from './static-pages';
import { bodyLimitBytes, graphqlPost } from './graphql-post';
import { bodyOverLimit, httpError, INTERNAL_ERROR } from './http-errors';

export interface ApiServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  admission: Admission;
  metrics: ApiMetrics | null;
  logger: Logger;
  /** Stops taking requests, drains those in flight, then resolves. */
  close(): Promise<void>;
}

export interface ApiServerOptions {
  http: HttpSettings;
  limits: OperationLimits;
  /** Size of the driver's pool (for /metrics). */
  poolSize: number;
  /** Replaces the JSON log (tests collect lines with it). */
  logger?: Logger;
}

/** The settings from the environment (README "Configuration"), for callers that pass none. */
export function defaultServerOptions(env: NodeJS.ProcessEnv = process.env): ApiServerOptions {
  const s = loadServiceSettings(env);
  return { http: s.http, limits: s.limits, poolSize: s.driver.maxPoolSize };
}

function requestId(req: http.IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}

/** The Host header's name, without port and brackets, lower case. */
export function hostName(header: string | undefined): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') > 0 ? h.indexOf(']') : undefined);
  return h.replace(/:\d*$/, '');
}

/**
 * HTTP: /graphql (Apollo; GraphiQL for a browser), /explore (the relationship explorer),
 * /health (the process is up), /ready (Neo4j answers) and /metrics (Prometheus). The process
 * keeps no state between requests, so several copies can run behind a load balancer.
 * The protections, in the order a request meets them: the connection cap and header/request
 * timeouts (node's server), the Host allowlist, the body limit, the document's shape (depth,
 * aliases, tokens), then in Apollo the operation type, its cost and admission control, and
 * the operation's deadline on every Neo4j transaction.
 */
export async function createApiServer(
  schema: GraphQLSchema,
  graph: GraphClient,
  options: ApiServerOptions = defaultServerOptions(),
): Promise<ApiServer> {
  const { http: settings, limits } = options;
  const logger = options.logger ?? createLogger(settings.logLevel);
  const admission = new Admission(limits);
  const metrics = settings.metrics ? new ApiMetrics(graph, admission, options.poolSize) : null;

  const app = express();
  app.disable('x-powered-by');
  // Every request first meets the Host allowlist and gets its request id; a JSON POST to /graphql
  // then goes the direct way (graphql-post.ts), everything else to the Express app.
  let direct: (req: http.IncomingMessage, res: http.ServerResponse) => boolean = () => false;
  const allowed = settings.allowedHosts === '*' ? null : new Set(settings.allowedHosts);
  const httpServer = http.createServer(
    { headersTimeout: settings.headersTimeoutMs, requestTimeout: settings.requestTimeoutMs },
    (req, res) => {
      // DNS rebinding: a page on another site must not reach a local copy through a name it controls.
      if (allowed) {
        const name = hostName(req.headers.host);
        if (!allowed.has(name)) {
          const body = JSON.stringify(
            httpError('HOST_NOT_ALLOWED', `Host "${name.slice(0, 100)}" is not served here; set ALLOWED_HOSTS to serve it.`),
          );
          res.writeHead(403, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
          res.end(body);
          req.resume();
          return;
        }
      }
      const id = requestId(req);
      req.headers['x-request-id'] = id;
      res.setHeader('x-request-id', id);
      if (!direct(req, res)) app(req, res);
    },
  );
  httpServer.maxConnections = settings.maxConnections;
  const apollo = new ApolloServer<Context>({
    // Apollo parses, validates and formats; graphql-jit executes (see compiled-execution.ts).
    gateway: compiledExecution(schema),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: settings.introspection,
    // Documents past the token limit stop parsing there (QUERY_TOO_LARGE).
    parseOptions: { maxTokens: limits.maxTokens },
    // main.ts owns the signals: it must stop the local Neo4j after Apollo drains.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // We set no cache hints; Apollo's default cache-control plugin would still wrap every field's
      // resolver (schema instrumentation) to compute a policy nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin({ schema, limits, admission, logger, metrics }),
      curationPlugin(),
    ],
  });
  await apollo.start();

  // The client went away before its answer: stop its Neo4j work and release its sessions.
  const context = (req: http.IncomingMessage, res: http.ServerResponse): Promise<Context> => {
    const gone = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    return Promise.resolve(
      createContext(
        graph,
        { deadline: Date.now() + limits.timeoutMs, signal: gone.signal, maxSessions: limits.maxSessionsPerOperation },
        req,
      ),
    );
  };
  const guard = shapeGuard(schema, limits, logger, metrics);
  direct = graphqlPost({
    apollo,
    context,
    guard,
    bodyLimit: settings.bodyLimit,
    bodyLimitBytes: bodyLimitBytes(settings.bodyLimit),
    logger,
  });
  app.use(compression());

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', uptimeSeconds: Math.round(process.uptime()) });
  });
  // For a load balancer: ready or not, nothing about the driver, the host or the port.
  app.get('/ready', async (_req, res) => {
    const probe = await graph.ping(1000);
    res.set('Cache-Control', 'no-store');
    if (probe.ok) res.json({ status: 'ready' });
    else res.status(503).set('Retry-After', '1').json({ status: 'unavailable' });
  });
  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }
  mountStaticPages(app, { graphiql: settings.graphiql });
  app.use(
    '/graphql',
    express.json({ limit: settings.bodyLimit }),
    (req, res, next) => {
      const refused = guard(req.method === 'POST' ? req.body : req.query, String(req.headers['x-request-id'] ?? ''));
      if (refused) res.status(refused.status).json(refused.body);
      else next();
    },
    expressMiddleware(apollo, { context: ({ req, res }) => context(req, res) }),
  );
  // Malformed JSON bodies, bodies over the limit and other middleware failures: a clear 4xx.
  app.use((err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err: { name: err.name, message: err.message } }, 'request failed');
    res
      .status(status)
      .json(status === 500 ? INTERNAL_ERROR : status === 413 ? bodyOverLimit(settings.bodyLimit) : httpError('BAD_REQUEST', err.message));
  });

  return {
    app,
    httpServer,
    apollo,
    admission,
    metrics,
    logger,
    close: async () => {
      await apollo.stop(); // the drain plugin closes the HTTP server once requests in flight finish
      graph.availability.close();
      logger.flush?.();
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
