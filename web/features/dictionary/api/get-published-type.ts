import type { TypeDefinition } from '@lotflow/dictionary/browser';
import type { ApiResult } from '../../../shared/api/api-client';
import { readTypeDefinition } from '../utils/read-type-definition';
import { getDictionaryTypeVersion, type Caller } from './dictionary-types.api';

export interface PublishedType {
  readonly version: number;
  readonly type: TypeDefinition;
}

/** The version in force of a type, the one records are written against. */
export async function getPublishedType(caller: Caller, key: string): Promise<ApiResult<PublishedType>> {
  const latest = await getDictionaryTypeVersion(caller, key, 'latest');
  if (latest.outcome !== 'ok') return latest;
  const type = readTypeDefinition(latest.data.content);
  return type === undefined
    ? { outcome: 'invalid-response', status: latest.status, reason: `version ${latest.data.version} of '${key}' is not a valid type` }
    : { ...latest, data: { version: latest.data.version, type } };
}
