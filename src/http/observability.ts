import pino, { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { HttpSettings } from '../config';
import { GraphClient } from '../graph/client';
import { Admission } from './limits/admission';

/**
 * Logs and metrics of the API. The log is pino's JSON, written asynchronously: one line per
 * operation (request id, operation name, cost, duration, Cypher round trips, outcome), never the
 * query text or its variables (those only at `debug`). The metrics are prom-client's, served at
 * /metrics in Prometheus' text format.
 */
export function createLogger(level: HttpSettings['logLevel']): Logger {
  if (level === 'silent') return pino({ level });
  return pino(
    { level, base: { service: 'karabakh-kg' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ sync: false, minLength: 4096 }),
  );
}

/** What the log and metrics record about one operation. */
export interface OperationRecord {
  requestId: string;
  operation: string | null;
  cost: number | null;
  durationMs: number;
  cypher: number;
  /** ok, or the error codes of the answer. */
  outcome: string;
  status: number;
}

/** Operation names come from clients: only well-formed ones become labels, and only so many. */
const LABEL_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_LABELS = 200;

export class ApiMetrics {
  readonly registry = new Registry();
  private readonly duration: Histogram<'operation' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly cost: Histogram;
  private readonly cypher: Counter;
  private readonly labels = new Set<string>();

  constructor(graph: GraphClient, admission: Admission, poolSize: number) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.duration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time from receiving a GraphQL operation to sending its answer, by operation name and outcome.',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.errors = new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors answered, by error code.',
      labelNames: ['code'],
      registers,
    });
    this.cost = new Histogram({
      name: 'graphql_operation_cost',
      help: 'Estimated cost of accepted operations.',
      buckets: [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000],
      registers,
    });
    this.cypher = new Counter({ name: 'neo4j_cypher_queries_total', help: 'Named Cypher queries run by GraphQL operations.', registers });
    new Gauge({
      name: 'graphql_operations_in_flight',
      help: 'GraphQL operations admitted and running.',
      registers,
      collect() {
        this.set(admission.inFlight);
      },
    });
    new Gauge({
      name: 'graphql_operations_heavy_in_flight',
      help: 'Heavy GraphQL operations running.',
      registers,
      collect() {
        this.set(admission.heavyInFlight);
      },
    });
    new Gauge({
      name: 'graphql_operations_queued',
      help: 'GraphQL operations waiting for admission.',
      registers,
      collect() {
        this.set(admission.queued);
      },
    });
    new Gauge({
      name: 'neo4j_sessions_in_use',
      help: 'Neo4j sessions open for GraphQL operations (each holds a pooled connection).',
      registers,
      collect() {
        this.set(graph.stats.sessionsInUse);
      },
    });
    new Gauge({
      name: 'neo4j_pool_max_size',
      help: 'Size of the driver connection pool.',
      registers,
      collect() {
        this.set(poolSize);
      },
    });
    new Gauge({
      name: 'neo4j_available',
      help: '1 while Neo4j answers, 0 while the availability probe finds it down.',
      registers,
      collect() {
        this.set(graph.availability.up ? 1 : 0);
      },
    });
  }

  private label(operation: string | null): string {
    if (!operation) return 'anonymous';
    if (!LABEL_NAME.test(operation)) return 'other';
    if (this.labels.has(operation)) return operation;
    if (this.labels.size >= MAX_OPERATION_LABELS) return 'other';
    this.labels.add(operation);
    return operation;
  }

  record(op: OperationRecord, codes: string[]): void {
    this.duration.observe({ operation: this.label(op.operation), outcome: codes.length === 0 ? 'ok' : 'error' }, op.durationMs / 1000);
    for (const code of codes) this.errors.inc({ code });
    if (op.cost !== null && Number.isFinite(op.cost) && codes.length === 0) this.cost.observe(op.cost);
    if (op.cypher > 0) this.cypher.inc(op.cypher);
  }
}
