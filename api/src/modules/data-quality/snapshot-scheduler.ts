import type { Logger } from 'pino';
import { isDuplicateKeyError } from '../inventory/posting-transaction.js';
import type { SnapshotService } from './snapshot.service.js';
import { computeSnapshotSlot } from './utils/compute-snapshot-slot.util.js';

/** Who takes scheduled snapshots, in the audit trail and the list. */
export const schedulerActor = 'scheduler';

/** How soon to look again when the dictionary is not loaded yet (a first start loads it after the api). */
const emptyRetryMs = 60_000;

export type ScheduledOutcome = 'taken' | 'taken-by-another' | 'nothing-to-copy';

/**
 * Takes a snapshot in every period of `intervalHours` (0: never). Every api replica runs one; the
 * period's slot key is unique in the table, so whichever replica inserts first took it and the
 * others write nothing. A replica started late in a period takes that period's snapshot at once
 * if nobody has; before the dictionary is loaded it waits rather than take an empty one.
 */
export class SnapshotScheduler {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly snapshots: SnapshotService,
    private readonly options: { intervalHours: number; timeZone: string },
    private readonly logger: Logger,
  ) {}

  private get periodMs(): number {
    return this.options.intervalHours * 3_600_000;
  }

  start(): void {
    if (this.periodMs <= 0) return;
    this.stopping = false;
    this.schedule(0);
  }

  /** Stops the timer and waits for a snapshot in hand. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.round;
  }

  /** Takes the snapshot of the period `at` falls in unless it was taken or there is nothing to copy yet. */
  async takeDue(at = new Date()): Promise<ScheduledOutcome> {
    const slot = computeSnapshotSlot(at, this.periodMs, this.options.timeZone);
    if (!(await this.snapshots.defaultTypesPublished())) return 'nothing-to-copy';
    if (await this.snapshots.slotTaken(slot.key)) return 'taken-by-another';
    try {
      await this.snapshots.take(schedulerActor, { trigger: 'scheduled', slotKey: slot.key });
      return 'taken';
    } catch (error) {
      if (isDuplicateKeyError(error)) return 'taken-by-another';
      throw error;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      const at = new Date();
      const slot = computeSnapshotSlot(at, this.periodMs, this.options.timeZone);
      let outcome: ScheduledOutcome | undefined;
      this.round = this.takeDue(at)
        .then((result) => {
          outcome = result;
          if (result === 'taken') this.logger.info({ slot: slot.key }, 'scheduled data-quality snapshot taken');
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'scheduled data-quality snapshot failed; trying again next period'))
        .finally(() => {
          const untilNextPeriod = Math.max(0, slot.endsAt.getTime() - Date.now()) + 10;
          this.schedule(outcome === 'nothing-to-copy' ? Math.min(emptyRetryMs, untilNextPeriod) : untilNextPeriod);
        });
    }, delayMs);
    this.timer.unref();
  }
}
