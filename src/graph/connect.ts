import { Driver } from 'neo4j-driver';
import { AppConfig, Neo4jTarget } from '../config';
import { start as startLocal, stop as stopLocal } from '../localdb/launcher';
import { createDriver, DEFAULT_DRIVER_SETTINGS, DriverSettings, verifyTarget } from './driver';

/** An open, verified Neo4j: the one NEO4J_URI names, or the local instance. */
export interface Neo4jConnection {
  driver: Driver;
  target: Neo4jTarget;
  /** This process started the local Neo4j, so close() stops it. */
  startedLocal: boolean;
  /** Closes the driver; stops the local Neo4j only if this process started it. */
  close: () => Promise<void>;
}

export interface ConnectOptions {
  log?: (line: string) => void;
  /** Aborting (Ctrl-C during start-up) ends the start or the check, and releases what was taken. */
  signal?: AbortSignal;
  /** Another database of the same server than the configured one (kg-load --database). */
  database?: string;
  driver?: DriverSettings;
}

/**
 * "Connect or start local", once for `npm start`, kg-load and the benches: with NEO4J_URI set,
 * that server (nothing is started); else the local instance of src/localdb, started unless it
 * already runs (then it is left running). The connection is verified before it is returned; on
 * any failure, or an abort, what this call opened or started is released before it throws.
 */
export async function connectNeo4j(config: AppConfig, options: ConnectOptions = {}): Promise<Neo4jConnection> {
  const log = options.log ?? (() => {});
  const base = config.external ?? config.localTarget;
  const target = { ...base, database: options.database ?? base.database };
  let startedLocal = false;
  let driver: Driver | undefined;
  const close = async () => {
    await driver?.close().catch(() => {});
    if (startedLocal) {
      log('Stopping the local Neo4j this process started...');
      await stopLocal(config.local);
      startedLocal = false;
    }
  };
  const onAbort = () => void driver?.close();
  options.signal?.addEventListener('abort', onAbort);
  try {
    if (!config.external) {
      const res = await startLocal(config.local, config.localTarget, log, { signal: options.signal });
      startedLocal = res.startedHere;
      if (!startedLocal) log(`Using the local Neo4j that was already running on port ${res.port}; it will be left running.`);
    }
    if (options.signal?.aborted) throw new Error('interrupted');
    driver = createDriver(target, options.driver ?? DEFAULT_DRIVER_SETTINGS);
    await verifyTarget(driver, target);
    if (options.signal?.aborted) throw new Error('interrupted');
    return { driver, target, startedLocal, close };
  } catch (e) {
    await close();
    throw e;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
  }
}
