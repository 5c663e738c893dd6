import { createValidator } from '@lotflow/dictionary';
import type { Kernel } from '@lotflow/api';
import { readRecordTopic } from '@lotflow/processes/topic-catalog';
import { NonRetryableError, type TaskHandler } from '../../task-runner/task-handler.js';
import { readJsonParameter, reportRefusal } from '../kernel-action/kernel-action.js';
import { refusalCodes } from '../kernel-action/refusal-codes.js';
import { parseFieldPath, readFieldPath } from './read-field-path.util.js';

const validateVariables = createValidator<Record<string, string>>({
  type: 'object',
  minProperties: 1,
  propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_]*$' },
  additionalProperties: { type: 'string', minLength: 1 },
});

/**
 * `lotflow.record.read`: fields of a record as process variables, so a rule table decides on the
 * dictionary's data (a supplier's approval, a certificate's expiry) rather than on what the
 * starter of the process claims. Reading has no side effects, so a redelivered task reads again.
 * Lists and objects become Json variables; a missing value is null.
 */
export function readRecordHandler(kernel: Kernel): TaskHandler {
  return {
    topic: readRecordTopic.topic,
    label: readRecordTopic.label,
    parameters: readRecordTopic.parameters,
    async handle(context) {
      const { type, code } = context.variables as { type: string; code: string };
      const mapping = readJsonParameter(context, 'variables', validateVariables);
      const paths = Object.entries(mapping).map(([variable, path]) => {
        const segments = parseFieldPath(path);
        if (!segments) throw new NonRetryableError(`Task '${context.activityId}': '${path}' (for the variable '${variable}') is not a field path: write fields separated by dots, e.g. certificates[standard=iso-13485].expiresOn`);
        return [variable, segments] as const;
      });
      try {
        const record = await kernel.records.get(type, code, 'en');
        return { kind: 'complete', variables: Object.fromEntries(paths.map(([variable, segments]) => [variable, readFieldPath(record.values, segments)])) };
      } catch (error) {
        return reportRefusal(error, context, `read the ${type} '${code}'`, (refusal) =>
          refusal.code === 'NOT_FOUND' && refusal.message.startsWith('The published version') ? 'configuration' : refusalCodes.recordInvalid,
        );
      }
    },
  };
}
