import { randomBytes } from 'node:crypto';
import { createKernel, openDatabase } from '@lotflow/api';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engineRest, waitFor } from '../../../../test/support/engine-rest.js';
import { apiCall, startTestApi } from '../../../../test/support/start-services.js';
import { ExternalTaskWorker } from '../../task-runner/external-task-worker.js';
import type { TaskContext, TaskHandler, TaskOutcome } from '../../task-runner/task-handler.js';
import type { RuleTableSource } from '../evaluate-rule-set/rule-table.source.js';
import { createTopicCatalog } from '../index.js';
import { refusalCodes } from './refusal-codes.js';

type RunningApi = Awaited<ReturnType<typeof startTestApi>>;

interface Step {
  id: string;
  name: string;
  topic: string;
  inputs: Record<string, string>;
  /** An error boundary event on the step, ending at its own end event. */
  catches?: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A lint-clean process: start → the steps in a row → end; a caught BPMN error ends at `End_<step>`. */
function chainProcess(id: string, steps: Step[]): { name: string; content: string } {
  const nodes = ['Start', ...steps.map((step) => step.id), 'End'];
  const flows = nodes.slice(1).map((target, index) => ({ id: `Flow_${index}`, source: nodes[index]!, target }));
  const x = (index: number) => 150 + index * 150;
  const incoming = (node: string) => flows.filter((flow) => flow.target === node).map((flow) => `<bpmn:incoming>${flow.id}</bpmn:incoming>`).join('');
  const outgoing = (node: string) => flows.filter((flow) => flow.source === node).map((flow) => `<bpmn:outgoing>${flow.id}</bpmn:outgoing>`).join('');
  const caught = steps.filter((step) => step.catches);
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_${id}" targetNamespace="https://lotflow.dev/test">
  ${caught.map((step) => `<bpmn:error id="Error_${step.id}" name="${step.catches}" errorCode="${step.catches}" />`).join('')}
  <bpmn:process id="${id}" name="Test ${id}" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Start" name="Start">${outgoing('Start')}</bpmn:startEvent>
    ${steps
      .map((step) => {
        const inputs = Object.entries(step.inputs)
          .map(([name, value]) => `<camunda:inputParameter name="${name}">${escapeXml(value)}</camunda:inputParameter>`)
          .join('');
        return `<bpmn:serviceTask id="${step.id}" name="${step.name}" camunda:type="external" camunda:topic="${step.topic}">
      <bpmn:extensionElements><camunda:inputOutput>${inputs}</camunda:inputOutput></bpmn:extensionElements>${incoming(step.id)}${outgoing(step.id)}
    </bpmn:serviceTask>`;
      })
      .join('\n    ')}
    <bpmn:endEvent id="End" name="End">${incoming('End')}</bpmn:endEvent>
    ${flows.map((flow) => `<bpmn:sequenceFlow id="${flow.id}" sourceRef="${flow.source}" targetRef="${flow.target}" />`).join('')}
    ${caught
      .map(
        (step) => `<bpmn:boundaryEvent id="Catch_${step.id}" name="${step.catches}" attachedToRef="${step.id}"><bpmn:outgoing>Flow_Catch_${step.id}</bpmn:outgoing><bpmn:errorEventDefinition errorRef="Error_${step.id}" camunda:errorMessageVariable="caughtMessage" /></bpmn:boundaryEvent>
    <bpmn:endEvent id="End_${step.id}" name="Refused"><bpmn:incoming>Flow_Catch_${step.id}</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_Catch_${step.id}" sourceRef="Catch_${step.id}" targetRef="End_${step.id}" />`,
      )
      .join('')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_${id}">
    <bpmndi:BPMNPlane id="Plane_${id}" bpmnElement="${id}">
      ${nodes
        .map((node, index) =>
          node === 'Start' || node === 'End'
            ? `<bpmndi:BPMNShape id="${node}_di" bpmnElement="${node}"><dc:Bounds x="${x(index)}" y="102" width="36" height="36" /></bpmndi:BPMNShape>`
            : `<bpmndi:BPMNShape id="${node}_di" bpmnElement="${node}"><dc:Bounds x="${x(index) - 32}" y="80" width="100" height="80" /></bpmndi:BPMNShape>`,
        )
        .join('')}
      ${flows.map((flow, index) => `<bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}"><di:waypoint x="${x(index) + 36}" y="120" /><di:waypoint x="${x(index + 1) - 32}" y="120" /></bpmndi:BPMNEdge>`).join('')}
      ${caught
        .map((step) => {
          const at = x(nodes.indexOf(step.id));
          return `<bpmndi:BPMNShape id="Catch_${step.id}_di" bpmnElement="Catch_${step.id}"><dc:Bounds x="${at}" y="142" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_${step.id}_di" bpmnElement="End_${step.id}"><dc:Bounds x="${at}" y="242" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_Catch_${step.id}_di" bpmnElement="Flow_Catch_${step.id}"><di:waypoint x="${at + 18}" y="178" /><di:waypoint x="${at + 18}" y="242" /></bpmndi:BPMNEdge>`;
        })
        .join('')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;
  return { name: `${id}.bpmn`, content };
}

const run = Date.now().toString(36);
const material = 'RM-TUBE-PVC-106';
const workOrder = 'WO-202603-0001';
const endpoint = `mes-actions-${run}`;
const store = `RECV-${run}`;

const receiveAndRelease = chainProcess(`receive-and-release-${run}`, [
  { id: 'Task_AssignNumber', name: 'Assign lot number', topic: 'lotflow.number.assign', inputs: { sequence: 'lot', resultVariable: 'lotNumber' } },
  {
    id: 'Task_CreateLot',
    name: 'Create lot',
    topic: 'lotflow.record.create',
    inputs: {
      type: 'lot',
      values: `{"lotNumber": "\${lotNumber}", "material": "${material}", "status": "quarantine", "quantity": \${receivedQuantity}, "supplier": "SUP-TUBE-01", "supplierLot": "\${supplierLotNumber}", "expiresOn": "2031-01-31"}`,
      reason: 'Received from the supplier',
    },
  },
  {
    id: 'Task_Receive',
    name: 'Post receipt',
    topic: 'lotflow.inventory.post',
    inputs: { movements: `[{"type": "receipt", "lot": "\${lotCode}", "location": "\${store}", "quantity": \${receivedQuantity}}]`, resultVariable: 'receiptPosting' },
  },
  { id: 'Task_Release', name: 'Release lot', topic: 'lotflow.lot.set-status', inputs: { lot: '${lotCode}', status: 'released', reason: 'Incoming inspection passed' } },
  { id: 'Task_Reserve', name: 'Reserve for work order', topic: 'lotflow.inventory.reserve', inputs: { material, quantity: '300', workOrder, location: '${store}' } },
  { id: 'Task_Note', name: 'Note reservation', topic: 'lotflow.record.update', inputs: { type: 'lot', code: '${lotCode}', values: '{"notes": "Reserved as ${reservationId}"}' } },
  { id: 'Task_Link', name: 'Link to work order', topic: 'lotflow.trace.link', inputs: { from: 'lot:${lotCode}', to: `work-order:${workOrder}`, relation: 'allocated-to' } },
  { id: 'Task_Notify', name: 'Tell the MES', topic: 'lotflow.integration.send', inputs: { endpoint, type: 'lot.released', payload: '{"lot": "${lotCode}", "reservation": "${reservationId}"}' } },
]);

const reserveTooMuch = chainProcess(`reserve-too-much-${run}`, [
  { id: 'Task_Reserve', name: 'Reserve', topic: 'lotflow.inventory.reserve', inputs: { material, quantity: '1000000', workOrder, location: '${store}' }, catches: refusalCodes.shortfall },
]);

interface Delivery {
  handler: TaskHandler;
  context: TaskContext;
  outcomes: TaskOutcome[];
}

describe('generic worker actions on the real engine, every task delivered twice', () => {
  const engine = engineRest(inject('engineUrl'));
  let api: RunningApi;
  let dataSource: DataSource;
  let worker: ExternalTaskWorker;
  let handlers: TaskHandler[];
  const deliveries = new Map<string, Delivery>();

  /** The first delivery acts, then its completion is lost: the engine offers the task again after the back-off. */
  const losingFirstCompletion = (handler: TaskHandler): TaskHandler => ({
    ...handler,
    async handle(context) {
      const outcome = await handler.handle(context);
      const earlier = deliveries.get(context.taskId);
      if (!earlier) {
        deliveries.set(context.taskId, { handler, context, outcomes: [outcome] });
        throw new Error('The connection to the engine dropped after the action committed');
      }
      earlier.outcomes.push(outcome);
      return outcome;
    },
  });

  const count = async (sql: string, parameters: unknown[]) => Number(((await dataSource.query(sql, parameters)) as Array<{ n: string | number }>)[0]!.n);

  beforeAll(async () => {
    api = await startTestApi({ INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex') });
    expect([200, 201]).toContain((await apiCall(api, 'POST', '/dictionary/pack/load')).status);
    // Nothing listens there: the outbox keeps retrying, which is what a message to a MES that is down does.
    const configured = await apiCall(api, 'PUT', `/integrations/endpoints/${endpoint}`, { kind: 'mes', description: 'Line 1 MES', url: 'http://127.0.0.1:9/events', secret: randomBytes(32).toString('hex') });
    expect(configured.status, JSON.stringify(configured.body)).toBeLessThan(300);
    const deployed = await apiCall(api, 'POST', '/deployments', { name: `kernel-actions-${run}`, resources: [receiveAndRelease, reserveTooMuch] });
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(201);

    ({ dataSource } = await openDatabase(inject('apiDatabaseUrl'), { migrate: false }));
    handlers = createTopicCatalog({ ruleTables: {} as RuleTableSource, kernel: createKernel(dataSource, { timeZone: 'Asia/Shanghai' }), timeZone: 'Asia/Shanghai' }).filter(
      (handler) => handler.topic !== 'lotflow.evaluate-rule-set',
    );
    worker = new ExternalTaskWorker(
      {
        engineUrl: inject('engineUrl'),
        workerId: `kernel-actions-${run}`,
        maxTasks: 5,
        lockDurationMs: 30_000,
        pollIntervalMs: 50,
        asyncResponseTimeoutMs: 1000,
        retry: { maxRetries: 3, backoffMs: 200, backoffMaxMs: 1000 },
        shutdownGraceMs: 5000,
      },
      handlers.map(losingFirstCompletion),
      pino({ level: process.env.LOTFLOW_TEST_LOG_LEVEL ?? 'silent' }),
    );
    worker.start();
  }, 300_000);

  afterAll(async () => {
    await worker?.stop();
    await dataSource?.destroy();
    await api?.close();
  });

  it('receives, releases, reserves and tells the MES once, however often each task is delivered', async () => {
    // Given a lot of tubing arriving
    const started = await apiCall(api, 'POST', '/process-instances', {
      processKey: `receive-and-release-${run}`,
      businessKey: `receipt-${run}`,
      variables: { receivedQuantity: 1200, supplierLotNumber: `LH-${run}`, store },
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const instance = started.body.id as string;

    // When the worker takes each step, loses its first completion and is offered the task again
    const ended = await waitFor(
      'the receiving process to end',
      async () => {
        const [history] = await engine.get<Array<{ state: string }>>(`/history/process-instance?processInstanceId=${instance}`);
        if (history?.state === 'COMPLETED') return history;
        const incidents = await engine.get<Array<{ incidentMessage: string }>>(`/incident?processInstanceId=${instance}`);
        if (incidents.length > 0) throw new Error(`incident: ${incidents[0]!.incidentMessage}`);
        return undefined;
      },
      90_000,
    );
    expect(ended.state).toBe('COMPLETED');

    // and each task is handed once more after the process went on (a stray redelivery)
    const ours = [...deliveries.values()].filter((delivery) => delivery.context.processInstanceId === instance);
    expect(ours.map((delivery) => delivery.context.activityId).sort()).toEqual(
      ['Task_AssignNumber', 'Task_CreateLot', 'Task_Receive', 'Task_Release', 'Task_Reserve', 'Task_Note', 'Task_Link', 'Task_Notify'].sort(),
    );
    for (const delivery of ours) delivery.outcomes.push(await delivery.handler.handle(delivery.context));

    // Then every delivery of a task answered what its first did
    for (const delivery of ours) {
      expect(delivery.outcomes, delivery.context.activityId).toHaveLength(3);
      expect(delivery.outcomes[1], delivery.context.activityId).toEqual(delivery.outcomes[0]);
      expect(delivery.outcomes[2], delivery.context.activityId).toEqual(delivery.outcomes[0]);
    }
    const variables = Object.fromEntries(
      (await engine.get<Array<{ name: string; value: unknown }>>(`/history/variable-instance?processInstanceId=${instance}&deserializeValues=false`)).map((variable) => [variable.name, variable.value]),
    );
    const lot = variables.lotNumber as string;
    expect(lot).toMatch(/^LOT-\d{6}-\d{4}$/);
    expect(variables.lotCode).toBe(lot);

    // and the lot exists once, changed twice (released, then noted), never more
    expect(await count('SELECT COUNT(*) AS n FROM record WHERE code = ?', [lot])).toBe(1);
    const record = await apiCall(api, 'GET', `/records/lot/${lot}`);
    expect(record.body).toMatchObject({ revision: 3, values: { status: 'released', quantity: 1200, notes: `Reserved as ${variables.reservationId}` } });

    // and the ledger holds one receipt, one reservation and their links, once
    const ledger = await apiCall(api, 'GET', `/inventory/movements?lot=${lot}`);
    expect(ledger.body.items.map((row: { type: string; location: string; quantity: number }) => [row.type, row.location, row.quantity])).toEqual([['receipt', store, 1200]]);
    const balances = await apiCall(api, 'GET', `/inventory/balances?lot=${lot}`);
    expect(balances.body.items).toEqual([expect.objectContaining({ location: store, onHand: 1200, reserved: 300, available: 900, lotStatus: 'released' })]);
    expect(await count('SELECT COUNT(*) AS n FROM inventory_reservation_line WHERE lot = ?', [lot])).toBe(1);
    expect(variables.reservationLines).toBe(JSON.stringify([{ lot, location: store, quantity: 300, expiresOn: '2031-01-31' }]));
    expect(await count('SELECT COUNT(*) AS n FROM trace_link WHERE to_node = ? OR from_node = ?', [`lot:${lot}`, `lot:${lot}`])).toBe(2);

    // and the MES gets one message
    expect(await count('SELECT COUNT(*) AS n FROM integration_message WHERE endpoint = ?', [endpoint])).toBe(1);
    const messages = await apiCall(api, 'GET', `/integrations/messages?endpoint=${endpoint}`, undefined, { as: 'operations.sun' });
    expect(messages.body.items.map((message: { type: string; payload: unknown }) => [message.type, message.payload])).toEqual([['lot.released', { lot, reservation: variables.reservationId }]]);

    // and the audit trail tells each change once, by the worker, naming the instance
    const audited: Array<{ action: string; actor: string; n: string | number }> = await dataSource.query(
      'SELECT action, actor, COUNT(*) AS n FROM audit_event WHERE reason LIKE ? OR entity_id LIKE ? OR after_json LIKE ? GROUP BY action, actor ORDER BY action',
      [`%${instance}%`, `${instance}:%`, `%${instance}:%`],
    );
    expect(audited.map((row) => [row.action, row.actor, Number(row.n)])).toEqual([
      ['integration-message.enqueued', 'worker', 1],
      ['inventory.posted', 'worker', 2],
      ['inventory.reserved', 'worker', 1],
      ['record.created', 'worker', 1],
      ['record.updated', 'worker', 2],
    ]);
    expect((await apiCall(api, 'GET', '/audit/verify')).body).toMatchObject({ intact: true });

    // and the lot numbering went on from this lot's number: the replays drew none
    const next = await apiCall(api, 'POST', '/records/lot', { values: { material, status: 'quarantine', quantity: 1 } }, { as: 'analyst.chen' });
    expect(next.status).toBe(201);
    const [prefix, sequence] = [lot.slice(0, -4), Number(lot.slice(-4))];
    if (next.body.code.startsWith(prefix)) expect(next.body.code).toBe(`${prefix}${String(sequence + 1).padStart(4, '0')}`);
  });

  it('raises an incident instead of acting again when a task comes back with other parameters', async () => {
    const created = [...deliveries.values()].find((delivery) => delivery.context.activityId === 'Task_CreateLot');
    expect(created).toBeDefined();
    const changed = { ...created!.context, variables: { ...created!.context.variables, values: `{"material": "${material}", "status": "quarantine", "quantity": 5}` } };
    await expect(created!.handler.handle(changed)).rejects.toMatchObject({ retryable: false, message: expect.stringContaining('already ran') });
  });

  it('reports a reservation the stock cannot cover as LOTFLOW_SHORTFALL, which the model catches', async () => {
    const started = await apiCall(api, 'POST', '/process-instances', { processKey: `reserve-too-much-${run}`, variables: { store } });
    expect(started.status).toBe(201);
    const refused = await waitFor('the refused reservation to end', async () => {
      const activities = await engine.get<Array<{ activityId: string }>>(`/history/activity-instance?processInstanceId=${started.body.id}&activityId=End_Task_Reserve`);
      return activities.length > 0 ? activities : undefined;
    });
    expect(refused).toHaveLength(1);
    const [message] = await engine.get<Array<{ value: string }>>(`/history/variable-instance?processInstanceId=${started.body.id}&variableName=lotflowErrorMessage`);
    expect(message?.value).toContain(`Couldn't reserve 1000000 of ${material}`);
    expect(message?.value).toContain('short');
  });
});
