import type { FieldDefinition, TypeDefinition, ValueDefinition } from '@lotflow/dictionary/browser';

/** The types a type's references point to, rows and list items included. */
export function listReferenceTargets(type: TypeDefinition): string[] {
  const targets = new Set<string>();
  const visit = (definition: ValueDefinition) => {
    if (definition.kind === 'reference') targets.add(definition.targetType);
    if (definition.kind === 'list') {
      definition.fields?.forEach(visit);
      if (definition.items) visit(definition.items);
    }
  };
  type.fields.forEach((field: FieldDefinition) => visit(field));
  return [...targets].sort();
}
