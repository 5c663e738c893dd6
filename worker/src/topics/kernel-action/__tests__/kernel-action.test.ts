import { ConflictError, NotFoundError, RequestInvalidError } from '@lotflow/api';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { actionKey, anyJsonObject, auditReason, codeVariableOf, readJsonParameter, reportRefusal } from '../kernel-action.js';
import { refusalCodes } from '../refusal-codes.js';
import { taskContext } from './fake-kernel.js';

const context = taskContext('Task_CreateLot', { values: '{"material": "RM-TUBE-PVC-106"}' });

describe('what every kernel action shares', () => {
  it('keys an action by its process instance, its external task and the step, and names them in the audited reason', () => {
    expect(actionKey(context, 'record.create')).toBe('instance-1:task-1:record.create');
    expect(auditReason(context, ' Received ')).toBe('Received (process instance instance-1, step Task_CreateLot, external task task-1)');
    expect(auditReason(context, null)).toBe('By process instance instance-1, step Task_CreateLot, external task task-1');
  });

  it('names the code variable as the task inbox does', () => {
    expect(codeVariableOf('lot')).toBe('lotCode');
    expect(codeVariableOf('inspection-decision')).toBe('inspectionDecisionCode');
  });

  it('reads a JSON parameter from text or from a Json variable; text that is not JSON goes to an incident', () => {
    expect(readJsonParameter(context, 'values', anyJsonObject)).toEqual({ material: 'RM-TUBE-PVC-106' });
    expect(readJsonParameter(taskContext('Task_CreateLot', { values: { quantity: 5 } }), 'values', anyJsonObject)).toEqual({ quantity: 5 });
    expect(() => readJsonParameter(taskContext('Task_CreateLot', { values: '{"quantity": }' }), 'values', anyJsonObject)).toThrow(NonRetryableError);
    expect(() => readJsonParameter(taskContext('Task_CreateLot', { values: '[1]' }), 'values', anyJsonObject)).toThrow(/'values' is invalid/);
  });

  it('turns a business refusal into a BPMN error carrying the message, a configuration problem into an incident, and leaves the rest to retries', () => {
    const invalid = new RequestInvalidError([{ pointer: '/values/quantity', message: 'must be >= 0', keyword: 'minimum' }]);
    expect(reportRefusal(invalid, context, 'create the lot', () => refusalCodes.recordInvalid)).toEqual({
      kind: 'bpmn-error',
      code: 'LOTFLOW_RECORD_INVALID',
      message: "Couldn't create the lot: /values/quantity: must be >= 0",
      variables: { lotflowErrorCode: 'LOTFLOW_RECORD_INVALID', lotflowErrorMessage: "Couldn't create the lot: /values/quantity: must be >= 0" },
    });
    expect(() => reportRefusal(new NotFoundError("The published version of dictionary type 'lott'"), context, 'create the lott', () => 'configuration')).toThrow(NonRetryableError);
    const race = new ConflictError('changed meanwhile', '/revision');
    expect(() => reportRefusal(race, context, 'update the lot', () => undefined)).toThrow(race);
    const outage = new Error('connect ECONNREFUSED');
    expect(() => reportRefusal(outage, context, 'create the lot', () => refusalCodes.recordInvalid)).toThrow(outage);
  });
});
