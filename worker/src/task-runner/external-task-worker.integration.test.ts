import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../test/support/single-task-process.js';
import { apiCall, startTestApi, startTestWorker } from '../../../test/support/start-services.js';
import type { TaskHandler } from './task-handler.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;
type Worker = Awaited<ReturnType<typeof startTestWorker>>;

interface Incident {
  id: string;
  incidentType: string;
  incidentMessage: string;
  activityId: string;
}

let attempts = 0;
const attemptTimes: number[] = [];

const alwaysFails: TaskHandler = {
  topic: 'lotflow.test.always-fails',
  label: { en: 'Always fails', 'zh-CN': '总是失败' },
  parameters: { type: 'object', properties: {} },
  async handle() {
    attempts += 1;
    attemptTimes.push(Date.now());
    throw new Error(`The MES at mes.example.test did not answer (attempt ${attempts})`);
  },
};

/** Instances whose slow task the worker has begun: "in hand", not only locked at the engine. */
const begun = new Set<string>();

function slow(topic: string, ms: number): TaskHandler {
  return {
    topic,
    label: { en: 'Slow', 'zh-CN': '慢' },
    parameters: { type: 'object', properties: {} },
    async handle(context) {
      begun.add(context.processInstanceId);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { kind: 'complete', variables: { slowDone: true } };
    },
  };
}

describe('external-task worker on the real engine', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let worker: Worker | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    const deployed = await apiCall(api, 'POST', '/deployments', {
      name: 'worker-tests',
      resources: [
        singleTaskProcess({ id: 'test-always-fails', topic: 'lotflow.test.always-fails' }),
        singleTaskProcess({ id: 'test-unpublished-rule-table', topic: 'lotflow.evaluate-rule-set', inputs: { ruleSet: 'never-published' } }),
        singleTaskProcess({ id: 'test-missing-parameter', topic: 'lotflow.evaluate-rule-set' }),
        singleTaskProcess({ id: 'test-slow', topic: 'lotflow.test.slow' }),
        singleTaskProcess({ id: 'test-very-slow', topic: 'lotflow.test.very-slow' }),
      ],
    });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
  });

  afterEach(async () => {
    await worker?.stop();
    worker = undefined;
  });

  afterAll(async () => {
    await api?.close();
  });

  async function start(processKey: string): Promise<string> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey, variables: { leakTestResult: 'fail' } });
    expect(started.status).toBe(201);
    return started.body.id;
  }

  function incidentOf(instanceId: string, timeoutMs = 30_000): Promise<Incident> {
    return waitFor(`an incident on ${instanceId}`, async () => (await engine.get<Incident[]>(`/incident?processInstanceId=${instanceId}`))[0], timeoutMs);
  }

  it('retries a task whose handler throws, with back-off, then raises an incident carrying the error message', async () => {
    worker = await startTestWorker({ WORKER_MAX_RETRIES: '3', WORKER_RETRY_BACKOFF_MS: '2500' }, [alwaysFails]);
    attempts = 0;
    attemptTimes.length = 0;
    const instance = await start('test-always-fails');

    const incident = await incidentOf(instance);

    expect(incident.incidentType).toBe('failedExternalTask');
    expect(incident.activityId).toBe('Task_Work');
    expect(incident.incidentMessage).toBe('The MES at mes.example.test did not answer (attempt 3)');
    expect(attempts).toBe(3);
    const failures = await engine.get<Array<{ retries: number | null }>>(
      `/history/external-task-log?processInstanceId=${instance}&failureLog=true&sortBy=timestamp&sortOrder=asc`,
    );
    // Each log entry holds the retries the task had when that attempt started: none set, then 2, then 1.
    // (MySQL keeps whole seconds, so the entries may tie on time: compare them as a set.)
    expect(failures).toHaveLength(3);
    expect(failures.map((failure) => failure.retries)).toEqual(expect.arrayContaining([null, 2, 1]));
    // The engine offered the task again only after the back-off: 2.5 s, then doubled. On MySQL the
    // engine stores times in whole seconds, so a lock may end up to a second early or late.
    const gaps = attemptTimes.slice(1).map((time, index) => time - attemptTimes[index]!);
    expect(gaps[0]).toBeGreaterThanOrEqual(1500);
    expect(gaps[1]).toBeGreaterThanOrEqual(4000);
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);

    // And once the cause is gone, an operator's retry (as Cockpit does) lets the task run again
    const [externalTask] = await engine.get<Array<{ id: string }>>(`/external-task?processInstanceId=${instance}`);
    await engine.put(`/external-task/${externalTask!.id}/retries`, { retries: 1 });
    await waitFor('the retried attempt', async () => (attempts === 4 ? true : undefined));
  });

  it('sends a rule table that was never published straight to an incident that says what to do', async () => {
    worker = await startTestWorker();
    const instance = await start('test-unpublished-rule-table');

    const incident = await incidentOf(instance);

    expect(incident.incidentMessage).toBe(
      "Rule table 'never-published': no version was published. Publish it in the rule table editor, then retry the incident.",
    );
    const failures = await engine.get<unknown[]>(`/history/external-task-log?processInstanceId=${instance}&failureLog=true`);
    expect(failures).toHaveLength(1);
  });

  it('reports a service task modelled without its rule-set parameter as an incident naming the parameter', async () => {
    worker = await startTestWorker();
    const instance = await start('test-missing-parameter');
    const incident = await incidentOf(instance);
    expect(incident.incidentMessage).toBe(
      "Task 'Task_Work' has invalid input parameters for lotflow.evaluate-rule-set: /ruleSet: is required",
    );
  });

  it('on shutdown, finishes the tasks in hand', async () => {
    worker = await startTestWorker({}, [slow('lotflow.test.slow', 1_000)]);
    const instance = await start('test-slow');
    // Locked at the engine is not yet in hand: the worker may not have read the poll's answer.
    await waitFor('the worker to begin the task', async () => (begun.has(instance) ? true : undefined));

    await worker.stop();

    const history = await engine.get<{ state: string }>(`/history/process-instance/${instance}`);
    expect(history.state).toBe('COMPLETED');
  });

  it('on shutdown, hands back the tasks it cannot finish in the grace period, so another worker takes them at once', async () => {
    worker = await startTestWorker({ WORKER_SHUTDOWN_GRACE_MS: '300', WORKER_LOCK_DURATION_MS: '600000' }, [slow('lotflow.test.very-slow', 5_000)]);
    const instance = await start('test-very-slow');
    await waitFor('the task to be locked', async () => {
      const [task] = await engine.get<Array<{ workerId: string | null }>>(`/external-task?processInstanceId=${instance}`);
      return task?.workerId ? task : undefined;
    });

    await worker.stop();

    const [task] = await engine.get<Array<{ workerId: string | null; lockExpirationTime: string | null }>>(`/external-task?processInstanceId=${instance}`);
    expect(task).toMatchObject({ workerId: null, lockExpirationTime: null });
  });
});
