import 'reflect-metadata';
import { AppConfig, ConfigError, loadAuthConfig, loadConfig } from './config';
import { Authenticator, useAuthenticator } from './auth';
import { GraphClient } from './graph/client';
import { connectNeo4j, Neo4jConnection } from './graph/connect';
import { Neo4jConnectionError } from './graph/driver';
import { ApiServer, createApiServer, listen } from './http/server';
import { LocalNeo4jError } from './localdb/launcher';
import { prepareDatabase } from './load/bootstrap';
import { buildApiSchema } from './schema';

const log = (line: string) => console.log(`[api] ${line}`);

class Interrupted extends Error {}

/**
 * `npm start`: the local Neo4j (unless NEO4J_URI is set), schema and seed, then GraphQL over HTTP.
 * Signal handlers are installed first, so Ctrl-C at any moment (even while Neo4j boots) ends with
 * no Neo4j left running that this process started, and one that was already running left alone.
 */
async function main(): Promise<void> {
  const config: AppConfig = loadConfig();
  // Auth settings are checked now, so a bad one stops the start instead of the first write.
  useAuthenticator(new Authenticator(loadAuthConfig()));
  const interrupt = new AbortController();
  let phase: 'starting' | 'serving' | 'stopping' = 'starting';
  let connection: Neo4jConnection | undefined;
  let api: ApiServer | undefined;

  const release = async () => {
    if (api) await api.close(); // stops taking requests and drains those in flight
    await connection?.close(); // and stops the local Neo4j if this process started it
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (phase === 'stopping') {
      log(`${signal}: still stopping, please wait.`);
      return;
    }
    if (phase === 'starting') {
      // The start-up path below notices, releases what it holds and exits.
      phase = 'stopping';
      log(`${signal} during start-up: stopping.`);
      interrupt.abort();
      return;
    }
    phase = 'stopping';
    log(`${signal}: draining requests...`);
    release().then(
      () => {
        log('Stopped.');
        process.exit(0);
      },
      (e: unknown) => {
        console.error(`error: shutdown failed: ${(e as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const checkInterrupt = () => {
    if (interrupt.signal.aborted) throw new Interrupted();
  };

  try {
    if (config.external) log(`Using Neo4j at ${config.external.uri} (database ${config.external.database}); starting no local Neo4j.`);
    connection = await connectNeo4j(config, { log, signal: interrupt.signal, driver: config.driver });
    const { driver, target } = connection;
    checkInterrupt();
    await prepareDatabase(driver, target.database, config.seedOnStart, log);
    checkInterrupt();
    api = await createApiServer(await buildApiSchema(), new GraphClient(driver, target.database), {
      http: config.http,
      limits: config.limits,
      poolSize: config.driver.maxPoolSize,
    });
    const port = await listen(api.httpServer, config.http.port, config.http.host);
    checkInterrupt();
    phase = 'serving';
    const shownHost = ['0.0.0.0', '127.0.0.1', '::', '::1'].includes(config.http.host) ? 'localhost' : config.http.host;
    log(`GraphQL API ready at http://${shownHost}:${port}/graphql`);
  } catch (e) {
    phase = 'stopping';
    await release().catch(() => {});
    if (interrupt.signal.aborted) {
      log('Stopped.');
      process.exit(130);
    }
    throw e;
  }

  // A crash while serving still stops the Neo4j this process started.
  process.on('uncaughtException', (e) => {
    console.error(`error: ${e.stack ?? e.message}`);
    phase = 'stopping';
    void release().finally(() => process.exit(1));
  });
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
