import type { TypeDefinition } from '@lotflow/dictionary/browser';
import type { ReferenceChoice } from '../../../shared/record-form/components/record-form';
import type { Locale } from '../../../shared/i18n/locales';
import { describeRecord } from '../utils/describe-record';
import { listReferenceTargets } from '../utils/list-reference-targets';
import type { Caller } from './dictionary-types.api';
import { getRecords } from './records.api';

/** The api's largest page; a reference target with more records than this is typed in instead. */
const CHOICE_LIMIT = 500;

/** The records each reference of the type may point to, for pick-lists. */
export async function loadReferenceChoices(caller: Caller, type: TypeDefinition, locale: Locale): Promise<Record<string, readonly ReferenceChoice[]>> {
  const targets = listReferenceTargets(type);
  const pages = await Promise.all(targets.map((target) => getRecords(caller, target, { limit: CHOICE_LIMIT, offset: 0 })));
  const choices: Record<string, readonly ReferenceChoice[]> = {};
  targets.forEach((target, index) => {
    const page = pages[index];
    if (page?.outcome === 'ok' && page.data.total <= CHOICE_LIMIT) {
      choices[target] = page.data.items.map((record) => ({ code: record.code, label: describeRecord(record.values, locale) ?? record.code }));
    }
  });
  return choices;
}
