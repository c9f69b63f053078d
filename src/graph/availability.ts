import { Driver } from 'neo4j-driver';

/**
 * A circuit breaker in front of Neo4j. The first failure that means "Neo4j is gone" marks it down;
 * from then on reads fail at once (SERVICE_UNAVAILABLE, no driver wait, no retry storm) while a
 * probe runs `RETURN 1` in the background every `intervalMs`. The first probe that answers marks
 * it up again, so queries and /ready recover within one interval of Neo4j being back.
 */
export class Availability {
  up = true;
  /** When it last went down (epoch ms), for the logs. */
  downSince: number | null = null;
  private probing = false;
  private closed = false;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly intervalMs = 200,
    private readonly probeTimeoutMs = 1000,
  ) {}

  reportFailure(): void {
    if (this.closed) return;
    if (this.up) {
      this.up = false;
      this.downSince = Date.now();
    }
    if (!this.probing) void this.probeUntilUp();
  }

  /** One `RETURN 1` within timeoutMs; a failure marks Neo4j down (and starts the probing). */
  async probe(timeoutMs = this.probeTimeoutMs): Promise<boolean> {
    const ok = await this.tryOnce(timeoutMs);
    if (!ok) this.reportFailure();
    return ok;
  }

  private async tryOnce(timeoutMs: number): Promise<boolean> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = session.run('RETURN 1 AS ok', {}, { timeout: timeoutMs }).then(
        () => true,
        () => false,
      );
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      return await Promise.race([answer, late]);
    } finally {
      if (timer) clearTimeout(timer);
      session.close().catch(() => {});
    }
  }

  private async probeUntilUp(): Promise<void> {
    this.probing = true;
    try {
      while (!this.closed && !this.up) {
        const started = Date.now();
        if (await this.tryOnce(this.probeTimeoutMs)) {
          this.up = true;
          this.downSince = null;
          break;
        }
        const wait = Math.max(0, this.intervalMs - (Date.now() - started));
        await new Promise((r) => setTimeout(r, wait).unref());
      }
    } finally {
      this.probing = false;
    }
  }

  /** Stops the background probe (the process is shutting down). */
  close(): void {
    this.closed = true;
  }
}
