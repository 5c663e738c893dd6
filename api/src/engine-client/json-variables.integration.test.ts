import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest } from '../../../test/support/engine-rest.js';
import { singleTaskProcess } from '../../../test/support/single-task-process.js';
import { apiCall, startTestApi } from '../../../test/support/start-services.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

/** Lists and objects travel as Json variables: the engine needs its Spin plugin to keep them. */
describe('structured process variables', () => {
  const engine = engineRest(inject('engineUrl'));
  const key = `json-variables-${Date.now().toString(36)}`;
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
    const deployed = await apiCall(api, 'POST', '/deployments', { name: key, resources: [singleTaskProcess({ id: key, topic: 'lotflow.nobody-serves-this' })] });
    expect([200, 201]).toContain(deployed.status);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('starts an instance with a list and an object and gives them back as they were', async () => {
    const readings = [0.1502, 0.1498, 0.1511];
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', {
      processKey: key,
      businessKey: `LOT-${key}`,
      variables: { readings, sample: { size: 13, plan: 'ISO 2859-1 II' } },
    });
    expect(started.status).toBe(201);
    const variables = await engine.get<Record<string, { type: string; value: unknown }>>(`/process-instance/${started.body.id}/variables?deserializeValues=false`);
    expect(variables.readings).toMatchObject({ type: 'Json' });
    // Asked not to deserialise, the REST API gives a Json value back as its text.
    const read = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
    expect(read(variables.readings!.value)).toEqual(readings);
    expect(read(variables.sample!.value)).toEqual({ size: 13, plan: 'ISO 2859-1 II' });
  });
});
