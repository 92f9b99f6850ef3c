/**
 * Runs a task in the background, one run at a time: a request while a run is
 * under way asks for one more run after it, however many requests came, so
 * the last request is always followed by a whole run. Failures are reported
 * to `onError` and do not stop later runs.
 *
 * Written by hand: the queue libraries at hand (piscina, p-queue style) run
 * every request; this keeps only "once more", which is what a refresh needs.
 */
export class CoalescedRun {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly task: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Asks for a run; returns at once. */
  request(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
  }

  /** Settles once no run is under way or asked for. */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.task();
      } catch (error) {
        this.onError(error);
      }
    } while (this.again);
  }
}
