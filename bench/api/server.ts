import 'reflect-metadata';
import http from 'node:http';
import express from 'express';
import neo4j from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { GraphClient } from '../../src/graph/client';
import { createApiServer, listen } from '../../src/http/server';
import { buildApiSchema } from '../../src/schema';
import { libraryTypeDefs } from './library-schema';
import { createRawServer } from './raw-server';

/**
 * One system of `npm run bench:api`, in its own process so that each has its own event loop and
 * heap: `node dist/bench/api/server.js api|raw|library`. It connects to the configured Neo4j
 * (NEO4J_URI, or the local instance of NEO4J_LOCAL_*), listens on a free loopback port and prints
 * `listening <port>`. SIGTERM closes it.
 */
async function main(system: string): Promise<void> {
  const config = loadConfig();
  const target = config.external ?? config.localTarget;
  let server: http.Server;
  let closeDriver: () => Promise<void>;
  if (system === 'api') {
    const driver = createDriver(target);
    const api = await createApiServer(await buildApiSchema(), new GraphClient(driver, target.database));
    server = api.httpServer;
    closeDriver = () => driver.close();
  } else if (system === 'raw') {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), { disableLosslessIntegers: true });
    server = createRawServer(driver, target.database);
    closeDriver = () => driver.close();
  } else if (system === 'library') {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    const schema = await new Neo4jGraphQL({ typeDefs: libraryTypeDefs(), driver }).getSchema();
    const app = express();
    server = http.createServer(app);
    const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
    await apollo.start();
    app.use(
      '/graphql',
      express.json({ limit: '1mb' }),
      expressMiddleware(apollo, { context: () => Promise.resolve({ sessionConfig: { database: target.database } }) }),
    );
    closeDriver = async () => {
      await apollo.stop();
      await driver.close();
    };
  } else {
    throw new Error(`unknown system ${system}: api, raw or library`);
  }
  const port = await listen(server, 0, '127.0.0.1');
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void closeDriver().finally(() => process.exit(0));
  });
  console.log(`listening ${port}`);
}

main(process.argv[2] ?? '').catch((e: Error) => {
  console.error(`error: ${e.stack ?? e.message}`);
  process.exit(1);
});
