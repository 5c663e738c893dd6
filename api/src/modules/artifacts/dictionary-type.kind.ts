import { validateTypeDefinition } from '@lotflow/dictionary';
import type { ArtifactKindDefinition } from './artifact-kinds.js';

/** A dictionary type may be published when its definition is valid and its key matches. */
export const dictionaryTypeKind: ArtifactKindDefinition = {
  kind: 'dictionary-type',
  path: '/dictionary/types',
  noun: 'dictionary type',
  editRoles: ['data-steward', 'analyst'],
  async validate(content, key) {
    const result = validateTypeDefinition(content);
    if (!result.ok) return result.issues;
    return result.value.key === key ? [] : [{ pointer: '/key', message: `must equal the type's key in the address, '${key}'`, keyword: 'const' }];
  },
};
