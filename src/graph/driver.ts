import neo4j, { Driver, Neo4jError } from 'neo4j-driver';
import { DriverSettings, Neo4jTarget } from '../config';

export type { DriverSettings };

export class Neo4jConnectionError extends Error {
  override name = 'Neo4jConnectionError';
}

/** For tools that run long batches (the loader, the tests' own driver): patient. */
export const DEFAULT_DRIVER_SETTINGS: DriverSettings = {
  maxPoolSize: 100,
  acquisitionTimeoutMs: 10_000,
  connectionTimeoutMs: 1500,
  retryTimeMs: 5_000,
};

/**
 * For the API: every wait is short, so that a request fails in under a second while Neo4j is
 * gone. A failed read is not retried behind the client's back: the client gets
 * SERVICE_UNAVAILABLE at once and the availability probe notices when Neo4j is back.
 */
export const API_DRIVER_SETTINGS: DriverSettings = {
  maxPoolSize: 100,
  acquisitionTimeoutMs: 1000,
  connectionTimeoutMs: 1000,
  retryTimeMs: 0,
};

/** One driver per process. */
export function createDriver(target: Neo4jTarget, settings: DriverSettings = DEFAULT_DRIVER_SETTINGS): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    connectionTimeout: settings.connectionTimeoutMs,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    maxConnectionPoolSize: settings.maxPoolSize,
    maxTransactionRetryTime: settings.retryTimeMs,
    // Integers come back as JS numbers only where safe; see graph/convert.ts for the rest.
    disableLosslessIntegers: false,
  });
}

/** The driver's connection messages run to several sentences; the cause is what helps. */
function shortReason(msg: string): string {
  const cause = /Caused by: (.+)$/.exec(msg);
  if (cause) return cause[1].trim();
  if (/Could not perform discovery/i.test(msg)) return 'no routing server answered';
  return msg.length > 160 ? `${msg.slice(0, 157)}...` : msg;
}

/** Turns a driver failure at start-up into one actionable line. */
export function describeConnectionError(target: Neo4jTarget, e: unknown): string {
  const code = e instanceof Neo4jError ? e.code : '';
  const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
  if (code === 'Neo.ClientError.Security.Unauthorized' || /unauthori[sz]ed|authentication failure/i.test(msg)) {
    return `Neo4j at ${target.uri} rejected user "${target.user}": check NEO4J_USER and NEO4J_PASSWORD.`;
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound' || /database does not exist|DatabaseNotFound/i.test(msg)) {
    return `Neo4j at ${target.uri} has no database "${target.database}": check NEO4J_DATABASE.`;
  }
  if (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|timed out|ServiceUnavailable|Could not perform discovery/i.test(msg)
  ) {
    return `Neo4j at ${target.uri} is unreachable (${shortReason(msg)}): check that the server runs and that NEO4J_URI is right.`;
  }
  return `Could not connect to Neo4j at ${target.uri}: ${msg}`;
}

/** Verifies credentials and database; throws Neo4jConnectionError with one actionable line. */
export async function verifyTarget(driver: Driver, target: Neo4jTarget): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: target.database });
    await driver.executeQuery('RETURN 1', {}, { database: target.database });
  } catch (e) {
    throw new Neo4jConnectionError(describeConnectionError(target, e));
  }
}
