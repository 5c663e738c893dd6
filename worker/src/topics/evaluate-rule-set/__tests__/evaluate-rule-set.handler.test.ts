import { RuleSetRepository, bundledRuleSetsDirectory } from '@lotflow/rules';
import { describe, expect, it } from 'vitest';
import { NonRetryableError } from '../../../task-runner/task-handler.js';
import { evaluateRuleSetHandler, noDecisionErrorCode } from '../evaluate-rule-set.handler.js';

const handler = evaluateRuleSetHandler(new RuleSetRepository(bundledRuleSetsDirectory));
const context = { taskId: 't1', processInstanceId: 'p1', businessKey: 'LOT-1', activityId: 'Task_EvaluateDisposition' };

describe('lotflow.evaluate-rule-set', () => {
  it('completes with the deciding rule’s outputs, and keeps which rule and version decided on the task', async () => {
    const outcome = await handler.handle({
      ...context,
      variables: { ruleSet: 'incoming-inspection-disposition', tubingOuterDiameterIn: 0.15, leakTestResult: 'pass', supplierApprovalStatus: 'approved', operator: 'li.wei' },
    });
    expect(outcome).toEqual({
      kind: 'complete',
      variables: { disposition: 'accept', dispositionReason: 'within-specification' },
      localVariables: { ruleSetKey: 'incoming-inspection-disposition', ruleSetVersion: expect.stringMatching(/^[0-9a-f]{64}$/), ruleId: 'within-specification' },
    });
  });

  it('when no rule decides, reports the business outcome LOTFLOW_NO_DECISION with the facts it saw', async () => {
    const outcome = await handler.handle({ ...context, variables: { ruleSet: 'incoming-inspection-disposition', leakTestResult: 'pass' } });
    expect(outcome).toMatchObject({ kind: 'bpmn-error', code: noDecisionErrorCode });
    expect(outcome.kind === 'bpmn-error' && outcome.message).toBe(
      `No rule of rule set 'incoming-inspection-disposition' matched the facts {"tubingOuterDiameterIn":null,"leakTestResult":"pass","supplierApprovalStatus":null}`,
    );
  });

  it('treats an unknown rule set and a fact of the wrong type as failures retrying cannot mend', async () => {
    await expect(handler.handle({ ...context, variables: { ruleSet: 'no-such-rule-set' } })).rejects.toThrow(NonRetryableError);
    await expect(
      handler.handle({ ...context, variables: { ruleSet: 'incoming-inspection-disposition', tubingOuterDiameterIn: 'wide' } }),
    ).rejects.toThrow(/fact tubingOuterDiameterIn must be number/);
  });
});
