import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig, Neo4jTarget } from './config';
import { GraphClient } from './graph/client';
import { createDriver, Neo4jConnectionError, verifyTarget } from './graph/driver';
import { createApiServer, listen } from './http/server';
import { LocalNeo4jError, start as startLocal, stop as stopLocal } from './localdb/launcher';
import { prepareDatabase } from './load/bootstrap';
import { buildApiSchema } from './schema';

const log = (line: string) => console.log(`[api] ${line}`);

/** `npm start`: the local Neo4j (unless NEO4J_URI is set), schema and seed, then GraphQL over HTTP. */
async function main(): Promise<void> {
  const config: AppConfig = loadConfig();
  let target: Neo4jTarget;
  let startedLocal = false;
  if (config.external) {
    target = config.external;
    log(`Using Neo4j at ${target.uri} (database ${target.database}).`);
  } else {
    target = config.localTarget;
    const res = await startLocal(config.local, target, log);
    startedLocal = res.startedHere;
    if (!startedLocal) log(`Using the local Neo4j that was already running on port ${res.port}; it will be left running.`);
  }

  const driver = createDriver(target);
  let shuttingDown = false;
  const shutdown = async (signal: string, closeServer: () => Promise<void>) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`${signal}: draining requests...`);
    try {
      await closeServer();
      await driver.close();
      if (startedLocal) {
        log('Stopping the local Neo4j this process started...');
        await stopLocal(config.local);
      }
      log('Stopped.');
      process.exit(0);
    } catch (e) {
      console.error(`[api] shutdown failed: ${(e as Error).message}`);
      process.exit(1);
    }
  };
  // Until the HTTP server is up, a signal only has the database to stop.
  const early = (signal: NodeJS.Signals) => void shutdown(signal, async () => {});
  process.once('SIGINT', early);
  process.once('SIGTERM', early);

  try {
    await verifyTarget(driver, target);
    await prepareDatabase(driver, target.database, config.seedOnStart, log);
    const graph = new GraphClient(driver, target.database);
    const api = await createApiServer(await buildApiSchema(), graph);
    const port = await listen(api.httpServer, config.http.port, config.http.host);
    process.off('SIGINT', early);
    process.off('SIGTERM', early);
    process.once('SIGINT', () => void shutdown('SIGINT', api.close));
    process.once('SIGTERM', () => void shutdown('SIGTERM', api.close));
    log(`GraphQL API ready at http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}/graphql`);
  } catch (e) {
    await driver.close().catch(() => {});
    if (startedLocal) await stopLocal(config.local).catch(() => {});
    throw e;
  }
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError || e instanceof LocalNeo4jError || e instanceof Neo4jConnectionError) {
    console.error(`error: ${e.message}`);
  } else if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`error: the HTTP port is already in use: set PORT to a free port.`);
  } else {
    console.error(`error: ${(e as Error).message ?? e}`);
  }
  process.exit(1);
});
