import type { Logger } from 'pino';
import { isDuplicateKeyError } from '../inventory/posting-transaction.js';
import type { SnapshotService } from './snapshot.service.js';
import { computeSnapshotSlot } from './utils/compute-snapshot-slot.util.js';

/** Who takes scheduled snapshots, in the audit trail and the list. */
export const schedulerActor = 'scheduler';

/**
 * Takes a snapshot in every period of `intervalHours` (0: never). Every api replica runs one; the
 * period's slot key is unique in the table, so whichever replica inserts first took it and the
 * others write nothing. A replica started late in a period takes that period's snapshot at once
 * if nobody has.
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

  /** Takes the snapshot of the period `at` falls in unless it was taken; true when this replica took it. */
  async takeDue(at = new Date()): Promise<boolean> {
    const slot = computeSnapshotSlot(at, this.periodMs, this.options.timeZone);
    if (await this.snapshots.slotTaken(slot.key)) return false;
    try {
      await this.snapshots.take(schedulerActor, { trigger: 'scheduled', slotKey: slot.key });
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      const at = new Date();
      this.round = this.takeDue(at)
        .then((taken) => {
          if (taken) this.logger.info({ slot: computeSnapshotSlot(at, this.periodMs, this.options.timeZone).key }, 'scheduled data-quality snapshot taken');
        })
        .catch((error: unknown) => this.logger.error({ err: error }, 'scheduled data-quality snapshot failed; trying again next period'))
        .finally(() => this.schedule(Math.max(0, computeSnapshotSlot(at, this.periodMs, this.options.timeZone).endsAt.getTime() - Date.now()) + 10));
    }, delayMs);
    this.timer.unref();
  }
}
