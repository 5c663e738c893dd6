import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../../test/support/engine-rest.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';
import { inTransaction } from '../../database/transaction.js';
import { signIntegrationBody, verifyIntegrationSignature } from './integration-signature.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

interface ReceivedCall {
  headers: IncomingHttpHeaders;
  body: string;
  answeredWith: number;
}

interface Message {
  id: string;
  endpoint: string;
  type: string;
  idempotencyKey: string;
  state: 'pending' | 'delivered' | 'dead';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}

/** A MES on a local port: records every call and answers as the test says for each message type. */
interface Receiver {
  url: string;
  calls: ReceivedCall[];
  answer: Map<string, (attempt: number) => number>;
  delayMs: number;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const calls: ReceivedCall[] = [];
  const answer = new Map<string, (attempt: number) => number>();
  let receiver: Receiver;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const type = String(request.headers['x-lotflow-event-type']);
      const attempt = calls.filter((call) => call.headers['x-lotflow-message-id'] === request.headers['x-lotflow-message-id']).length + 1;
      const status = answer.get(type)?.(attempt) ?? 200;
      calls.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answeredWith: status });
      setTimeout(() => response.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'line controller restarting'), receiver.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/lotflow/events`,
    calls,
    answer,
    delayMs: 0,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return receiver;
}

/** Incoming inspection waits for the LIMS result of the lot, then QA reviews it. */
function waitForLimsResultProcess(id: string, messageName: string): { name: string; content: string } {
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_${id}" targetNamespace="https://lotflow.dev/test">
  <bpmn:process id="${id}" name="Wait for LIMS ${id}" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Start" name="Lot sampled"><bpmn:outgoing>Flow_1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Catch_Result" />
    <bpmn:intermediateCatchEvent id="Catch_Result" name="LIMS result received">
      <bpmn:incoming>Flow_1</bpmn:incoming><bpmn:outgoing>Flow_2</bpmn:outgoing>
      <bpmn:messageEventDefinition id="Catch_Result_Definition" messageRef="Message_Result" />
    </bpmn:intermediateCatchEvent>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Catch_Result" targetRef="Task_Review" />
    <bpmn:userTask id="Task_Review" name="Review LIMS result" camunda:candidateGroups="qa">
      <bpmn:incoming>Flow_2</bpmn:incoming><bpmn:outgoing>Flow_3</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_3" sourceRef="Task_Review" targetRef="End" />
    <bpmn:endEvent id="End" name="Reviewed"><bpmn:incoming>Flow_3</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
  <bpmn:message id="Message_Result" name="${messageName}" />
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="${id}">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Catch_Result_di" bpmnElement="Catch_Result"><dc:Bounds x="242" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="330" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="482" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="242" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="278" y="120" /><di:waypoint x="330" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_3_di" bpmnElement="Flow_3"><di:waypoint x="430" y="120" /><di:waypoint x="482" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  return { name: `${id}.bpmn`, content };
}

describe('integrations: the outbox to MES/WMS/LIMS and inbound events, on the real engine and database', () => {
  const engine = engineRest(inject('engineUrl'));
  // Names are unique per run: the test database and the engine outlive a test file.
  const run = Date.now().toString(36);
  const mes = `mes-${run}`;
  const lims = `lims-${run}`;
  const mesSecret = `mes-secret-${randomBytes(16).toString('hex')}`;
  const limsSecret = `lims-secret-${randomBytes(16).toString('hex')}`;
  const processKey = `lims-wait-${run}`;
  const messageName = `lims-test-result-${run}`;
  const secretKey = randomBytes(32).toString('hex');
  let api: RunningApi;
  let receiver: Receiver;

  /** Writes a message the way a service does: inside its own transaction. */
  function enqueue(type: string, idempotencyKey: string, payload: Record<string, unknown> = { workOrder: 'WO-0042' }) {
    return inTransaction(api.dataSource, (manager) => api.outbox.enqueue(manager, { endpoint: mes, type, payload, idempotencyKey }));
  }

  async function messageOf(id: string): Promise<Message> {
    const page = await apiCall<{ items: Message[] }>(api, 'GET', `/integrations/messages?endpoint=${mes}&limit=500`);
    const message = page.body.items.find((item) => item.id === id);
    if (!message) throw new Error(`message ${id} is not listed`);
    return message;
  }

  function waitForState(id: string, state: Message['state']): Promise<Message> {
    return waitFor(`message ${id} to be ${state}`, async () => {
      const message = await messageOf(id);
      return message.state === state ? message : undefined;
    }, 30_000);
  }

  /** Posts an event to the inbound door, signed as LIMS signs it unless told otherwise. */
  async function postEvent(event: unknown, options: { secret?: string; timestamp?: number; body?: string } = {}) {
    const body = options.body ?? JSON.stringify(event);
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(`${api.url}/integrations/inbound/${lims}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lotflow-timestamp': String(timestamp),
        'x-lotflow-signature': signIntegrationBody(options.secret ?? limsSecret, timestamp, JSON.stringify(event)),
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined };
  }

  async function startWaitingInstance(businessKey: string): Promise<string> {
    const started = await apiCall<{ id: string }>(api, 'POST', '/process-instances', { processKey, businessKey, variables: {} });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return started.body.id;
  }

  beforeAll(async () => {
    receiver = await startReceiver();
    api = await startTestApi({
      INTEGRATION_SECRET_KEY: secretKey,
      INTEGRATION_DELIVERY_INTERVAL_MS: '100',
      INTEGRATION_RETRY_BACKOFF_MS: '200',
      INTEGRATION_MAX_ATTEMPTS: '3',
      INTEGRATION_DELIVERY_TIMEOUT_MS: '3000',
    });
    const mesEndpoint = await apiCall(api, 'PUT', `/integrations/endpoints/${mes}`, { kind: 'mes', description: 'Line 1 MES', url: receiver.url, secret: mesSecret });
    expect(mesEndpoint.status, JSON.stringify(mesEndpoint.body)).toBe(201);
    const limsEndpoint = await apiCall(api, 'PUT', `/integrations/endpoints/${lims}`, {
      kind: 'lims',
      secret: limsSecret,
      inboundEventTypes: {
        'test-result': {
          messageName,
          correlation: { businessKey: '/lotNumber' },
          schema: {
            type: 'object',
            required: ['lotNumber', 'characteristic', 'result'],
            properties: {
              lotNumber: { type: 'string', minLength: 1 },
              characteristic: { type: 'string' },
              measured: { type: 'number' },
              result: { enum: ['pass', 'fail'] },
            },
          },
        },
      },
    });
    expect(limsEndpoint.status, JSON.stringify(limsEndpoint.body)).toBe(201);
    const deployed = await apiCall(api, 'POST', '/deployments', { name: `lims-wait-${run}`, resources: [waitForLimsResultProcess(processKey, messageName)] });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
    await receiver?.close();
  });

  describe('endpoints', () => {
    it('never show their secret, only a fingerprint, and only to operations and admins', async () => {
      const list = await apiCall(api, 'GET', '/integrations/endpoints', undefined, { as: 'operations.sun' });
      expect(list.status).toBe(200);
      const shown = list.body.items.find((endpoint: { name: string }) => endpoint.name === mes);
      expect(shown).toMatchObject({ name: mes, kind: 'mes', url: receiver.url, secretFingerprint: expect.stringMatching(/^[0-9a-f]{12}$/) });
      expect(JSON.stringify(list.body)).not.toContain(mesSecret);
      expect(JSON.stringify(list.body)).not.toMatch(/sealedSecret|"secret"/);
      expect((await apiCall(api, 'GET', '/integrations/endpoints', undefined, { as: 'qa.li' })).status).toBe(403);
      // Changing the url keeps the secret when none is sent.
      const changed = await apiCall(api, 'PUT', `/integrations/endpoints/${mes}`, { kind: 'mes', description: 'Line 1 MES', url: receiver.url });
      expect(changed.status).toBe(200);
      expect(changed.body.secretFingerprint).toBe(shown.secretFingerprint);
    });

    it('refuse an event type whose schema is not JSON Schema, naming it', async () => {
      const response = await apiCall(api, 'PUT', `/integrations/endpoints/wms-${run}`, {
        kind: 'wms',
        secret: 'w'.repeat(32),
        inboundEventTypes: { 'goods-issued': { messageName: 'goods-issued', correlation: { businessKey: '/lot' }, schema: { type: 'object', properties: { lot: { type: 'text' } } } } },
      });
      expect(response.status).toBe(400);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body.errors[0].pointer).toBe('/body/inboundEventTypes/goods-issued/schema');
    });
  });

  describe('the outbox', () => {
    it('never sends a message whose transaction was rolled back', async () => {
      await expect(
        inTransaction(api.dataSource, async (manager) => {
          await api.outbox.enqueue(manager, { endpoint: mes, type: 'work-order.released', payload: { workOrder: 'WO-ROLLED-BACK' }, idempotencyKey: `rolled-back-${run}` });
          throw new Error('the work order release failed after the message was written');
        }),
      ).rejects.toThrow('the work order release failed');
      // A message written after it is sent: by then the rolled-back one would have gone too.
      const later = await enqueue('work-order.released', `after-rollback-${run}`, { workOrder: 'WO-AFTER' });
      await waitForState(later.id, 'delivered');

      expect(receiver.calls.some((call) => call.body.includes('WO-ROLLED-BACK'))).toBe(false);
      const page = await apiCall<{ items: Message[] }>(api, 'GET', `/integrations/messages?endpoint=${mes}&limit=500`);
      expect(page.body.items.some((message) => message.idempotencyKey === `rolled-back-${run}`)).toBe(false);
    });

    it('retries with back-off until the receiver accepts, and the receiver gets it once, signed', async () => {
      receiver.answer.set('lot.released', (attempt) => (attempt <= 2 ? 503 : 200));
      const { id } = await enqueue('lot.released', `lot-released-${run}`, { lot: 'LOT-260302-0001', releasedBy: 'qa.li' });

      const delivered = await waitForState(id, 'delivered');
      expect(delivered).toMatchObject({ attempts: 3, lastStatus: 200, lastError: null });
      const calls = receiver.calls.filter((call) => call.headers['x-lotflow-message-id'] === id);
      expect(calls.map((call) => call.answeredWith)).toEqual([503, 503, 200]);
      const accepted = calls[2]!;
      const check = verifyIntegrationSignature({
        secret: mesSecret,
        body: Buffer.from(accepted.body),
        signature: accepted.headers['x-lotflow-signature'] as string,
        timestamp: accepted.headers['x-lotflow-timestamp'] as string,
        toleranceSeconds: 60,
      });
      expect(check.ok).toBe(true);
      expect(JSON.parse(accepted.body)).toMatchObject({ id, type: 'lot.released', data: { lot: 'LOT-260302-0001', releasedBy: 'qa.li' } });
      // Every attempt is the same message: same id, same body.
      expect(new Set(calls.map((call) => call.body)).size).toBe(1);
    });

    it('sends the same idempotency key once, however often it is enqueued', async () => {
      const first = await enqueue('inventory.reserved', `reservation-${run}`, { lot: 'LOT-260302-0002', quantity: 500 });
      const second = await enqueue('inventory.reserved', `reservation-${run}`, { lot: 'LOT-260302-0002', quantity: 500 });
      expect(first.created).toBe(true);
      expect(second).toEqual({ id: first.id, created: false });
      await waitForState(first.id, 'delivered');
      // Give the loop time to send a second one, were there any.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.calls.filter((call) => call.body.includes('LOT-260302-0002'))).toHaveLength(1);
      const page = await apiCall<{ items: Message[] }>(api, 'GET', `/integrations/messages?endpoint=${mes}&limit=500`);
      expect(page.body.items.filter((message) => message.idempotencyKey === `reservation-${run}`)).toHaveLength(1);
    });

    it('is sent once per message when two api replicas deliver from the same database', async () => {
      const replica = await startTestApi({ INTEGRATION_SECRET_KEY: secretKey, INTEGRATION_DELIVERY_INTERVAL_MS: '100', INTEGRATION_DELIVERY_TIMEOUT_MS: '3000' });
      try {
        // A slow receiver keeps deliveries in flight while the other replica looks for due messages.
        receiver.answer.set('trace.updated', () => 200);
        receiver.delayMs = 150;
        const ids: string[] = [];
        for (let index = 0; index < 12; index += 1) ids.push((await enqueue('trace.updated', `trace-${run}-${index}`, { lot: `LOT-${run}-${index}` })).id);
        for (const id of ids) await waitForState(id, 'delivered');
        const counts = ids.map((id) => receiver.calls.filter((call) => call.headers['x-lotflow-message-id'] === id).length);
        expect(counts).toEqual(ids.map(() => 1));
      } finally {
        receiver.delayMs = 0;
        await replica.close();
      }
    });

    it('marks a message dead when its attempts run out, shows why, and sends it again on request', async () => {
      let accepting = false;
      receiver.answer.set('work-order.dispatched', () => (accepting ? 200 : 500));
      const { id } = await enqueue('work-order.dispatched', `dispatch-${run}`, { workOrder: 'WO-0043' });

      const dead = await waitForState(id, 'dead');
      expect(dead).toMatchObject({ attempts: 3, lastStatus: 500, lastError: expect.stringContaining('HTTP 500') });
      const deadList = await apiCall<{ items: Message[] }>(api, 'GET', `/integrations/messages?state=dead&endpoint=${mes}`, undefined, { as: 'operations.sun' });
      expect(deadList.body.items.map((message) => message.id)).toContain(id);
      expect((await apiCall(api, 'POST', `/integrations/messages/${id}/resend`, {}, { as: 'production.liu' })).status).toBe(403);

      accepting = true;
      const resent = await apiCall(api, 'POST', `/integrations/messages/${id}/resend`, { reason: 'MES line controller back after maintenance' }, { as: 'operations.sun' });
      expect(resent.status).toBe(200);
      expect(resent.body).toMatchObject({ id, state: 'pending', attempts: 0 });
      await waitForState(id, 'delivered');
      const again = await apiCall(api, 'POST', `/integrations/messages/${id}/resend`, {});
      expect(again.status).toBe(409);
      const audit = await apiCall(api, 'GET', `/audit/events?entityType=integration-message&entityId=${id}`);
      expect(audit.body.items[0]).toMatchObject({ action: 'integration-message.resent', actor: 'operations.sun', reason: 'MES line controller back after maintenance' });
    });
  });

  describe('inbound events', () => {
    const result = (id: string, lotNumber: string) => ({ id, type: 'test-result', data: { lotNumber, characteristic: 'tensile', measured: 17.2, result: 'pass' } });

    it('deliver a LIMS result to the process instance waiting for it, which moves on with the values', async () => {
      const lot = `LOT-${run}-A`;
      const instanceId = await startWaitingInstance(lot);
      const response = await postEvent(result(`lims-evt-${run}-1`, lot));
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      expect(response.body).toMatchObject({ state: 'correlated', duplicate: false, processInstanceId: instanceId });

      const tasks = await engine.get<Array<{ taskDefinitionKey: string }>>(`/task?processInstanceId=${instanceId}`);
      expect(tasks.map((task) => task.taskDefinitionKey)).toEqual(['Task_Review']);
      const variables = await engine.get<Record<string, { value: unknown }>>(`/process-instance/${instanceId}/variables`);
      expect(variables).toMatchObject({ lotNumber: { value: lot }, characteristic: { value: 'tensile' }, measured: { value: 17.2 }, result: { value: 'pass' } });
    });

    it('acknowledge a replayed event id without delivering it a second time', async () => {
      const lot = `LOT-${run}-B`;
      const instanceId = await startWaitingInstance(lot);
      const event = result(`lims-evt-${run}-2`, lot);
      expect((await postEvent(event)).body.state).toBe('correlated');
      // Would it be delivered again, the engine would find nothing waiting and the event would turn unmatched.
      const replay = await postEvent(event);
      expect(replay.status).toBe(200);
      expect(replay.body).toMatchObject({ state: 'correlated', duplicate: true, processInstanceId: instanceId });
      const history = await engine.get<unknown[]>(`/history/activity-instance?processInstanceId=${instanceId}&activityId=Catch_Result`);
      expect(history).toHaveLength(1);
      const listed = await apiCall(api, 'GET', `/integrations/inbound-events?endpoint=${lims}&state=correlated`);
      expect(listed.body.items.filter((item: { eventId: string }) => item.eventId === event.id)).toEqual([expect.objectContaining({ attempts: 1 })]);

      const otherContent = await postEvent({ ...event, data: { ...event.data, result: 'fail' } });
      expect(otherContent.status).toBe(409);
    });

    it('keep an event no instance waits for as unmatched with the engine answer, and deliver it later on request', async () => {
      const lot = `LOT-${run}-C`;
      const response = await postEvent(result(`lims-evt-${run}-3`, lot));
      expect(response.status).toBe(202);
      expect(response.body).toMatchObject({ state: 'unmatched', engineAnswer: expect.stringContaining(messageName) });
      const unmatched = await apiCall(api, 'GET', `/integrations/inbound-events?state=unmatched&endpoint=${lims}`, undefined, { as: 'operations.sun' });
      expect(unmatched.body.items).toEqual([expect.objectContaining({ id: response.body.id, businessKey: lot, data: expect.objectContaining({ result: 'pass' }) })]);

      const instanceId = await startWaitingInstance(lot);
      const retried = await apiCall(api, 'POST', `/integrations/inbound-events/${response.body.id}/correlate`, { reason: 'lot sampled after LIMS reported' }, { as: 'operations.sun' });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ state: 'correlated', processInstanceId: instanceId });
      expect((await engine.get<unknown[]>(`/task?processInstanceId=${instanceId}`))).toHaveLength(1);
    });

    it('refuse a bad signature or a stale timestamp with 401 problem details, storing nothing', async () => {
      const event = result(`lims-evt-${run}-4`, `LOT-${run}-D`);
      const wrongSecret = await postEvent(event, { secret: 'x'.repeat(40) });
      expect(wrongSecret.status).toBe(401);
      expect(wrongSecret.contentType).toContain('application/problem+json');
      expect(wrongSecret.body).toMatchObject({ type: 'https://lotflow.dev/problems/integration-signature-invalid', detail: expect.stringContaining('does not match the body') });

      const tampered = await postEvent(event, { body: JSON.stringify({ ...event, data: { ...event.data, result: 'fail' } }) });
      expect(tampered.status).toBe(401);

      const stale = await postEvent(event, { timestamp: Math.floor(Date.now() / 1000) - 3600 });
      expect(stale.status).toBe(401);
      expect(stale.body.detail).toContain('away from the api');

      const listed = await apiCall(api, 'GET', `/integrations/inbound-events?endpoint=${lims}`);
      expect(listed.body.items.some((item: { eventId: string }) => item.eventId === event.id)).toBe(false);
    });

    it('refuse a body that does not match the event type with 400 naming the field', async () => {
      const wrongValue = await postEvent({ id: `lims-evt-${run}-5`, type: 'test-result', data: { lotNumber: `LOT-${run}-E`, characteristic: 'tensile', result: 'passed' } });
      expect(wrongValue.status).toBe(400);
      expect(wrongValue.contentType).toContain('application/problem+json');
      expect(wrongValue.body.errors).toEqual([expect.objectContaining({ pointer: '/body/data/result' })]);

      const unknownType = await postEvent({ id: `lims-evt-${run}-6`, type: 'calibration-due', data: {} });
      expect(unknownType.status).toBe(400);
      expect(unknownType.body.errors).toEqual([expect.objectContaining({ pointer: '/body/type', detail: expect.stringContaining("'test-result'") })]);
    });
  });
});
