'use server';

import type { ApiResult } from '../../../shared/api/api-client';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import { createRecord, updateRecord } from '../api/records.api';
import type { StoredRecord } from '../api/dictionary.shape';
import { withCaller } from './call-api';

const invalid = (detail: string): ApiResult<never> => ({ outcome: 'problem', status: 400, problem: { title: 'The request is invalid', detail } });

function isValues(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function createRecordAction(typeKey: string, write: { values: Record<string, unknown>; reason?: string }, locale: Locale): Promise<ApiResult<StoredRecord>> {
  if (!isValues(write.values) || !isLocale(locale)) return invalid('The record is not an object.');
  return withCaller(typeKey, (caller) => createRecord(caller, typeKey, write, locale));
}

export async function updateRecordAction(
  typeKey: string,
  code: string,
  write: { values: Record<string, unknown>; revision: number; reason?: string },
  locale: Locale,
): Promise<ApiResult<StoredRecord>> {
  if (!isValues(write.values) || !isLocale(locale) || typeof code !== 'string' || code === '') return invalid('The record is not an object.');
  return withCaller(typeKey, (caller) => updateRecord(caller, typeKey, code, write, locale));
}
