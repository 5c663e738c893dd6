import type { TaskContext, TaskHandler, TaskOutcome } from '../../worker/src/index.js';

/** One external task as the replaying worker saw it, with every outcome it answered. */
export interface ReplayedTask {
  topic: string;
  context: TaskContext;
  /** The first handling's outcome, the redelivery's, and the stray delivery's once the instance moved on. */
  outcomes: TaskOutcome[];
  /** What a handling after the first threw: the kernel refused to answer a task it had already done. */
  failures: string[];
}

/**
 * Delivers every external task to its handler again, as the engine does after a completion
 * was lost: when the first handling has finished, the same task (same id, same variables) is
 * handled a second time and the engine gets that answer. When the engine no longer knows the
 * task (the instance has moved on), it is handled a third time, as a stray delivery from a
 * worker whose lock had expired would be. Production workers never wrap their handlers so.
 */
export class TaskReplay {
  readonly tasks = new Map<string, ReplayedTask>();
  private readonly strays = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly engineUrl: string) {}

  readonly decorate = (handler: TaskHandler): TaskHandler => ({
    ...handler,
    handle: async (context) => {
      const first = await handler.handle(context);
      const seen = this.tasks.get(context.taskId);
      const task = seen ?? { topic: handler.topic, context, outcomes: [], failures: [] };
      this.tasks.set(context.taskId, task);
      task.outcomes.push(first);
      const again = await handler.handle(context);
      task.outcomes.push(again);
      if (!seen) this.afterTheInstanceMovedOn(handler, task);
      return again;
    },
  });

  /** How many times each topic's tasks were handled again, first redeliveries and strays together. */
  replaysPerTopic(): Record<string, number> {
    const replays: Record<string, number> = {};
    for (const task of this.tasks.values()) replays[task.topic] = (replays[task.topic] ?? 0) + task.outcomes.length - 1;
    return replays;
  }

  /** Waits until every task handled so far has had its stray delivery. */
  async settled(): Promise<void> {
    while (this.strays.size > 0) await Promise.all(this.strays);
  }

  /** Gives up the stray deliveries still waiting for their instance, so the worker's database may close. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.settled();
  }

  private afterTheInstanceMovedOn(handler: TaskHandler, task: ReplayedTask): void {
    const stray = (async () => {
      if (!(await this.engineForgot(task.context.taskId))) return;
      try {
        task.outcomes.push(await handler.handle(task.context));
      } catch (error) {
        task.failures.push(error instanceof Error ? error.message : String(error));
      }
    })().finally(() => this.strays.delete(stray));
    this.strays.add(stray);
  }

  private async engineForgot(taskId: string): Promise<boolean> {
    const deadline = Date.now() + 60_000;
    while (!this.stopped && Date.now() < deadline) {
      const response = await fetch(`${this.engineUrl}/external-task/${taskId}`);
      await response.body?.cancel();
      if (response.status === 404) return true;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return false;
  }
}
