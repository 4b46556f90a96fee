// A background job run now and then inside `koe serve` (alert evaluation,
// digests, campaign emails): on start and every interval, and at once when
// woken, but never two runs at once; stopping waits for the run going.
// Tests never start one: they call the job's runOnce with a manual clock.
export class PollLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private started = false;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly onError: (error: unknown) => void,
    private readonly everyMs: number,
  ) {}

  start(): void {
    this.started = true;
    this.tick();
    this.timer = setInterval(() => this.tick(), this.everyMs);
    this.timer.unref();
  }

  /** Runs now rather than at the next interval (unless a run is going); only once started. */
  wake(): void {
    if (this.started) this.tick();
  }

  async stop(): Promise<void> {
    this.started = false;
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    this.running ??= this.run()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
      });
  }
}
