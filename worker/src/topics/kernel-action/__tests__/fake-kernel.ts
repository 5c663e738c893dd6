import type { Kernel } from '@lotflow/api';
import { createValidator } from '@lotflow/dictionary';
import { vi } from 'vitest';
import type { TaskContext, TaskHandler } from '../../../task-runner/task-handler.js';

/** A task as the runner hands it over: its identity and the variables it sees. */
export function taskContext(activityId: string, variables: Record<string, unknown>): TaskContext {
  return { taskId: 'task-1', processInstanceId: 'instance-1', businessKey: null, activityId, variables };
}

/** Whether the runner would accept these variables for the handler (it checks them before `handle`). */
export function acceptsParameters(handler: TaskHandler, variables: Record<string, unknown>): boolean {
  return createValidator(handler.parameters)(variables).ok;
}

/**
 * The kernel's surface with every service a stub: the handlers' own logic (parameters, keys,
 * what a refusal means) is what these tests check; the database's part is the integration test's.
 */
export function fakeKernel() {
  const manager = { name: 'transaction' };
  const receipts: Array<{ key: string; requestHash: string }> = [];
  const kernel = {
    transaction: vi.fn(async (work: (manager: unknown) => Promise<unknown>) => work(manager)),
    once: vi.fn(async (inside: unknown, key: string, requestHash: string, work: (manager: unknown) => Promise<unknown>) => {
      receipts.push({ key, requestHash });
      return { replayed: false, result: await work(inside) };
    }),
    records: { create: vi.fn(), update: vi.fn(), get: vi.fn(), publishedType: vi.fn(), assignNumber: vi.fn() },
    inventory: { postMovements: vi.fn(), reserve: vi.fn(), changeLotStatus: vi.fn() },
    audit: { append: vi.fn() },
    enqueueIntegrationMessage: vi.fn(),
  };
  return { kernel: kernel as unknown as Kernel, stubs: kernel, manager, receipts };
}
