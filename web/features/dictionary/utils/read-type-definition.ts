import { validateTypeDefinition, type TypeDefinition } from '@lotflow/dictionary/browser';

/** A version's content as a type, when it is one; a published version always is. */
export function readTypeDefinition(content: unknown): TypeDefinition | undefined {
  const result = validateTypeDefinition(content);
  return result.ok ? result.value : undefined;
}
