import type { Locale, RecordValidator, TypeDefinition } from '@lotflow/dictionary/browser';

export type FormMode = 'create' | 'edit';

/** A problem located by a JSON Pointer into the record, worded by the dictionary. */
interface Problem {
  readonly pointer: string;
  readonly message: string;
}

/**
 * Checks a record in the browser with the validator the api uses. On creation a code of kind
 * "code" is missing on purpose: the api assigns it from its numbering sequence before it checks.
 */
export function checkRecord(
  validator: RecordValidator<Record<string, unknown>>,
  record: Record<string, unknown>,
  locale: Locale,
  mode: FormMode,
): readonly Problem[] {
  const result = validator(record, locale);
  if (result.ok) return [];
  const assignedCode = mode === 'create' && assignsCode(validator.type) ? `/${validator.type.codeField}` : undefined;
  return result.issues
    .filter((issue) => !(issue.keyword === 'required' && issue.pointer === assignedCode))
    .map((issue) => ({ pointer: issue.pointer, message: issue.message }));
}

/** Whether the api numbers new records of the type itself. */
export function assignsCode(type: TypeDefinition): boolean {
  return type.fields.some((field) => field.name === type.codeField && field.kind === 'code');
}

/** The regulated fields a change touches, compared as the api compares them. */
export function listRegulatedChanges(type: TypeDefinition, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return type.fields
    .filter((field) => field.regulated && JSON.stringify(before[field.name]) !== JSON.stringify(after[field.name]))
    .map((field) => field.name);
}
