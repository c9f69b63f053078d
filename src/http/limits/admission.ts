/**
 * Admission control: at most `maxInFlight` operations run at once (sized so that each, at its
 * session cap, fits in the driver's pool), and of those at most `maxHeavyInFlight` heavy ones
 * (estimated cost >= heavyCost). Heavy operations therefore cannot take every slot: a light
 * query finds one while they run. An operation that finds no slot waits up to `queueWaitMs` in a
 * bounded queue, then is shed (the caller answers 503 with Retry-After), never queued without end.
 */
export interface AdmissionLimits {
  maxInFlight: number;
  maxHeavyInFlight: number;
  queueWaitMs: number;
}

interface Waiter {
  heavy: boolean;
  admit: () => void;
}

export type Release = () => void;

export class Admission {
  inFlight = 0;
  heavyInFlight = 0;
  private readonly queue: Waiter[] = [];
  private readonly maxQueue: number;

  constructor(private readonly limits: AdmissionLimits) {
    this.maxQueue = Math.max(8, limits.maxInFlight * 4);
  }

  get queued(): number {
    return this.queue.length;
  }

  private fits(heavy: boolean): boolean {
    return this.inFlight < this.limits.maxInFlight && (!heavy || this.heavyInFlight < this.limits.maxHeavyInFlight);
  }

  private take(heavy: boolean): Release {
    this.inFlight++;
    if (heavy) this.heavyInFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight--;
      if (heavy) this.heavyInFlight--;
      this.wake();
    };
  }

  private wake(): void {
    for (let i = 0; i < this.queue.length;) {
      const w = this.queue[i];
      if (this.fits(w.heavy)) {
        this.queue.splice(i, 1);
        w.admit();
      } else i++;
    }
  }

  /** A release function once admitted, or null when the operation is shed. */
  async admit(heavy: boolean): Promise<Release | null> {
    if (this.fits(heavy) && !this.queue.some((w) => w.heavy === heavy || !w.heavy)) return this.take(heavy);
    if (this.limits.queueWaitMs <= 0 || this.queue.length >= this.maxQueue) return null;
    return new Promise<Release | null>((resolve) => {
      const waiter: Waiter = {
        heavy,
        admit: () => {
          clearTimeout(timer);
          resolve(this.take(heavy));
        },
      };
      const timer = setTimeout(() => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        resolve(null);
      }, this.limits.queueWaitMs);
      this.queue.push(waiter);
      this.wake();
    });
  }
}
