import { createValidator, type ValidationResult } from '../validation/create-validator.js';
import { NumberingPatternInvalidError, TimeZoneInvalidError } from './numbering.errors.js';
import { type NumberingPattern, parseNumberingPattern } from './parse-numbering-pattern.js';
import { readCalendarDate } from './read-calendar-date.js';
import sequenceDefinitionSchema from './sequence-definition.schema.json' with { type: 'json' };
import type { SequenceDefinition } from './sequence-definition.types.js';

/** A sequence definition with its pattern read, ready to hand out numbers. */
export interface Sequence extends SequenceDefinition {
  numbering: NumberingPattern;
}

const validateShape = createValidator<SequenceDefinition>(sequenceDefinitionSchema);

/** Checks a sequence definition: its shape, its pattern and its time zone. */
export function validateSequenceDefinition(value: unknown): ValidationResult<Sequence> {
  const shape = validateShape(value);
  if (!shape.ok) return shape;
  try {
    if (shape.value.timeZone !== undefined) readCalendarDate(new Date(0), shape.value.timeZone);
    return { ok: true, value: { ...shape.value, numbering: parseNumberingPattern(shape.value.pattern) } };
  } catch (error) {
    if (error instanceof NumberingPatternInvalidError) return { ok: false, issues: [{ pointer: '/pattern', message: error.reason, keyword: 'pattern' }] };
    if (error instanceof TimeZoneInvalidError) return { ok: false, issues: [{ pointer: '/timeZone', message: error.message, keyword: 'timeZone' }] };
    throw error;
  }
}
