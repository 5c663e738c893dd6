import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RuleTableCache, bundledRuleTablesDirectory, parseRuleTable } from '@lotflow/rules';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { evaluateRuleSetHandler, noDecisionErrorCode } from '../evaluate-rule-set.handler.js';
import type { RuleTableSource } from '../rule-table.source.js';

// The database is the integration tests' business: here the source hands out the bundled table as version 3.
const table = parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, 'incoming-inspection-disposition.json'), 'utf8'), 'bundled');
const compiled = new RuleTableCache().get(table);
const source = {
  async resolve(key: string) {
    if (key !== table.key) throw new NonRetryableError(`Rule table '${key}': no version was published.`);
    return { version: 3, compiled };
  },
} as unknown as RuleTableSource;
const handler = evaluateRuleSetHandler(source, { timeZone: 'Asia/Shanghai' });
const context = { taskId: 't1', processInstanceId: 'p1', businessKey: 'LOT-1', activityId: 'Task_EvaluateDisposition' };

describe('lotflow.evaluate-rule-set', () => {
  it('completes with the deciding row’s outputs, and keeps which row and version decided on the task', async () => {
    const outcome = await handler.handle({
      ...context,
      variables: { ruleSet: 'incoming-inspection-disposition', tubingOuterDiameterIn: 0.15, leakTestResult: 'pass', supplierApprovalStatus: 'approved', operator: 'li.wei' },
    });
    expect(outcome).toEqual({
      kind: 'complete',
      variables: { disposition: 'accept', dispositionReason: 'within-specification' },
      localVariables: {
        ruleSetKey: 'incoming-inspection-disposition',
        ruleSetVersion: 3,
        ruleSetHash: table.version,
        matchedRows: 'within-specification',
        ruleId: 'within-specification',
      },
    });
  });

  it('when no row decides, reports the business outcome LOTFLOW_NO_DECISION with the facts it saw', async () => {
    const outcome = await handler.handle({ ...context, variables: { ruleSet: 'incoming-inspection-disposition', leakTestResult: 'pass' } });
    expect(outcome).toMatchObject({ kind: 'bpmn-error', code: noDecisionErrorCode });
    expect(outcome.kind === 'bpmn-error' && outcome.message).toBe(
      `No row of rule table 'incoming-inspection-disposition' matched the facts {"tubingOuterDiameterIn":null,"leakTestResult":"pass","supplierApprovalStatus":null}`,
    );
  });

  it('treats an unpublished table and a fact of the wrong type as failures retrying cannot mend', async () => {
    await expect(handler.handle({ ...context, variables: { ruleSet: 'no-such-table' } })).rejects.toThrow(NonRetryableError);
    await expect(
      handler.handle({ ...context, variables: { ruleSet: 'incoming-inspection-disposition', tubingOuterDiameterIn: 'wide' } }),
    ).rejects.toThrow(NonRetryableError);
  });
});
