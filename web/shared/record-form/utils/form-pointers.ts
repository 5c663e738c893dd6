import type { FieldDefinition, TypeDefinition, ValueDefinition } from '@lotflow/dictionary/browser';
import { isRow, type FormRow, type FormValue } from './form-values';

/** A JSON Pointer token: `~` and `/` escaped. */
export function pointerToken(name: string | number): string {
  return String(name).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Every place the form has an input or a list for, as JSON Pointers into the record. */
export function listFormPointers(type: TypeDefinition, values: FormRow): Set<string> {
  const pointers = new Set<string>();
  const visitRow = (fields: readonly FieldDefinition[], row: FormRow, base: string) => {
    for (const field of fields) visitValue(field, row[field.name], `${base}/${pointerToken(field.name)}`);
  };
  const visitValue = (definition: ValueDefinition, value: FormValue | undefined, pointer: string) => {
    pointers.add(pointer);
    if (definition.kind !== 'list' || !Array.isArray(value)) return;
    value.forEach((item, index) => {
      const itemPointer = `${pointer}/${index}`;
      if (definition.fields) {
        pointers.add(itemPointer);
        visitRow(definition.fields, isRow(item) ? item : {}, itemPointer);
      } else if (definition.items) {
        visitValue(definition.items, item, itemPointer);
      }
    });
  };
  visitRow(type.fields, values, '');
  return pointers;
}

/** The form's values with the value at `pointer` replaced. */
export function setFormValue(values: FormRow, pointer: string, next: FormValue): FormRow {
  const tokens = pointer.split('/').slice(1).map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  return replaceAt(values, tokens, next) as FormRow;
}

function replaceAt(current: FormValue | undefined, tokens: readonly string[], next: FormValue): FormValue {
  const [head, ...rest] = tokens;
  if (head === undefined) return next;
  if (Array.isArray(current)) {
    const copy = [...current];
    copy[Number(head)] = replaceAt(copy[Number(head)], rest, next);
    return copy;
  }
  const row = isRow(current) ? current : {};
  return { ...row, [head]: replaceAt(row[head], rest, next) };
}
