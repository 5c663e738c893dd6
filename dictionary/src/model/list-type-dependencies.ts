import type { ValueDefinition } from './field-kind.js';
import type { TypeDefinition } from './type-definition.types.js';

/** The keys of the types a type's reference fields point to, rows and list items included. */
export function listTypeDependencies(type: TypeDefinition): Set<string> {
  const targets = new Set<string>();
  const visit = (definition: ValueDefinition): void => {
    if (definition.kind === 'reference') targets.add(definition.targetType);
    if (definition.kind === 'list') {
      if (definition.items) visit(definition.items);
      definition.fields?.forEach(visit);
    }
  };
  type.fields.forEach(visit);
  return targets;
}
