// Group commit: concurrent submissions are gathered into one transaction and
// every request in the batch is answered only after that commit. With
// synchronous=FULL a commit costs one fsync (≈ 4k/s on these machines), so
// batching is how durable acknowledgement and throughput coexist: 100 rows
// per transaction commit ≈ 150k rows/s.
//
// The queue is bounded: when it is full, submit() throws QueueFullError and
// the route answers 503 with Retry-After instead of growing memory without
// limit.

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('the write queue is full');
  }
}

export class BatcherClosedError extends Error {
  constructor() {
    super('the server is shutting down');
  }
}

interface Pending<Op, Result> {
  op: Op;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

export interface WriteBatcherOptions<Op, Result> {
  /** Writes a batch in one transaction and returns one result per op, in order. */
  commit: (ops: Op[]) => Promise<Result[]>;
  /** Most ops in one transaction. */
  maxBatch?: number;
  /** Most ops waiting (queued + in the running commit) before submit() refuses. */
  maxQueue?: number;
}

export class WriteBatcher<Op, Result> {
  private readonly commit: (ops: Op[]) => Promise<Result[]>;
  private readonly maxBatch: number;
  private readonly maxQueue: number;
  private queue: Pending<Op, Result>[] = [];
  private inFlight = 0;
  private running: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;
  /** Committed batches and ops since start: the mean batch size shows how well commits are shared. */
  readonly stats = { batches: 0, ops: 0 };

  constructor({ commit, maxBatch = 512, maxQueue = 8192 }: WriteBatcherOptions<Op, Result>) {
    this.commit = commit;
    this.maxBatch = maxBatch;
    this.maxQueue = maxQueue;
  }

  /** Number of ops accepted but not yet committed. */
  get pending(): number {
    return this.queue.length + this.inFlight;
  }

  submit(op: Op): Promise<Result> {
    if (this.closed) return Promise.reject(new BatcherClosedError());
    if (this.pending >= this.maxQueue) return Promise.reject(new QueueFullError(1));
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ op, resolve, reject });
      this.schedule();
    });
  }

  /** Stops taking new ops and resolves once everything accepted is committed. */
  async drain(): Promise<void> {
    this.closed = true;
    while (this.running || this.queue.length > 0) {
      if (!this.running) this.running = this.flush();
      await this.running;
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate lets every request that arrived in this turn of the event
    // loop join the batch before it is committed.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.running) this.running = this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight = batch.length;
      try {
        const results = await this.commit(batch.map((pending) => pending.op));
        this.stats.batches++;
        this.stats.ops += batch.length;
        batch.forEach((pending, i) => {
          pending.resolve(results[i] as Result);
        });
      } catch (error) {
        // The transaction rolled back as a whole: nobody in it is acknowledged.
        for (const pending of batch) pending.reject(error);
      } finally {
        this.inFlight = 0;
      }
      // Yield so requests that arrived during the commit can join the next batch.
      if (this.queue.length > 0 && this.queue.length < this.maxBatch) {
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    this.running = undefined;
  }
}
