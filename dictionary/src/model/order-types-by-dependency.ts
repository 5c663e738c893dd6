import { DictionaryError } from '../dictionary.errors.js';
import { listTypeDependencies } from './list-type-dependencies.js';
import type { TypeDefinition } from './type-definition.types.js';

export class TypeReferenceCycleError extends DictionaryError {
  readonly code = 'LOTFLOW_TYPE_REFERENCE_CYCLE';
  constructor(readonly typeKeys: string[]) {
    super(
      `Types ${typeKeys.map((key) => `'${key}'`).join(', ')} reference each other in a cycle, so none of them can be created first; ` +
        'let one side of the cycle drop its reference (a trace link can record the relation instead)',
    );
  }
}

/**
 * The types ordered so that every type comes after the types it references: the order to create
 * them in, and to import their records in. A type may reference itself; references to types not
 * in the list are left to `findTypeSetIssues`. Ties keep the given order.
 */
export function orderTypesByDependency(types: readonly TypeDefinition[]): TypeDefinition[] {
  const keys = new Set(types.map((type) => type.key));
  const waitingFor = new Map(
    types.map((type) => [type.key, new Set([...listTypeDependencies(type)].filter((target) => target !== type.key && keys.has(target)))]),
  );
  const ordered: TypeDefinition[] = [];
  let remaining = [...types];
  while (remaining.length > 0) {
    const ready = remaining.find((type) => waitingFor.get(type.key)?.size === 0);
    if (!ready) throw new TypeReferenceCycleError(typesInCycles(remaining, waitingFor));
    ordered.push(ready);
    remaining = remaining.filter((type) => type !== ready);
    for (const targets of waitingFor.values()) targets.delete(ready.key);
  }
  return ordered;
}

/** Of the types left waiting, the ones in a cycle: a type only waiting behind a cycle is not named. */
function typesInCycles(remaining: readonly TypeDefinition[], waitingFor: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  let stuck = remaining.map((type) => type.key);
  for (;;) {
    const awaited = new Set(stuck.flatMap((key) => [...(waitingFor.get(key) ?? [])]));
    const next = stuck.filter((key) => awaited.has(key));
    if (next.length === stuck.length) return stuck;
    stuck = next;
  }
}
