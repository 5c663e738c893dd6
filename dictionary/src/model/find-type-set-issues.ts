import type { ValidationIssue } from '../validation/create-validator.js';
import type { ValueDefinition } from './field-kind.js';
import type { FieldDefinition, TypeDefinition } from './type-definition.types.js';

/** A problem between types, located in the type whose definition has to change. */
export interface TypeSetIssue extends ValidationIssue {
  typeKey: string;
}

/**
 * What no single type can check alone: a reference to a type that does not exist, allowed
 * statuses the target type does not have, a code numbered by a sequence that does not exist.
 * `sequenceKeys` is omitted when sequences are not known at this point.
 */
export function findTypeSetIssues(types: readonly TypeDefinition[], sequenceKeys?: ReadonlySet<string>): TypeSetIssue[] {
  const byKey = new Map(types.map((type) => [type.key, type]));
  const issues: TypeSetIssue[] = [];
  const seen = new Set<string>();
  for (const type of types) {
    const report = (pointer: string, message: string, keyword: string): void => void issues.push({ typeKey: type.key, pointer, message, keyword });
    if (seen.has(type.key)) report('/key', `'${type.key}' is declared by another type too`, 'unique');
    seen.add(type.key);
    const visit = (definition: ValueDefinition, pointer: string): void => {
      if (definition.kind === 'reference') {
        const target = byKey.get(definition.targetType);
        if (!target) {
          report(`${pointer}/targetType`, `'${definition.targetType}' is not a type (known: ${[...byKey.keys()].join(', ')})`, 'targetType');
        } else if (definition.allowedStatuses) {
          const statuses = statusValues(target);
          if (!statuses) {
            report(`${pointer}/allowedStatuses`, `type '${target.key}' has no statusField to check them against`, 'allowedStatuses');
          } else {
            definition.allowedStatuses.forEach((status, index) => {
              if (!statuses.includes(status)) {
                report(`${pointer}/allowedStatuses/${index}`, `'${status}' is not a status of type '${target.key}' (${statuses.join(', ')})`, 'allowedStatuses');
              }
            });
          }
        }
      }
      if (definition.kind === 'code' && sequenceKeys && !sequenceKeys.has(definition.numbering)) {
        report(`${pointer}/numbering`, `'${definition.numbering}' is not a numbering sequence (known: ${[...sequenceKeys].join(', ')})`, 'numbering');
      }
      if (definition.kind === 'list') {
        if (definition.items) visit(definition.items, `${pointer}/items`);
        definition.fields?.forEach((field, index) => visit(field, `${pointer}/fields/${index}`));
      }
    };
    type.fields.forEach((field, index) => visit(field, `/fields/${index}`));
  }
  return issues;
}

function statusValues(type: TypeDefinition): string[] | undefined {
  const field: FieldDefinition | undefined = type.fields.find((candidate) => candidate.name === type.statusField);
  return field?.kind === 'enum' ? field.values.map((value) => value.value) : undefined;
}
