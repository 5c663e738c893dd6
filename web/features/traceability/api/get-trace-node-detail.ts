import type { TypeDefinition } from '@lotflow/dictionary/browser';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { describeFieldValue, describeStatus } from '../utils/describe-field-value';
import { statusTone } from '../utils/status-tone';
import { DOCUMENT_TYPES, recordHref } from '../utils/trace-node-types';
import { getSignedRecord, getTrace, getTypeDefinition, type Caller } from './trace.api';
import { readValues, type SignedRecord } from './trace.shape';
import type { DetailDocument, DetailField, DetailSignature, TraceNodeDetail } from './trace-view.types';

/** The fields a document shows in the panel besides its status; the rest is on its record page. */
const DOCUMENT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'inspection-lot': ['inspectionPlan', 'inspector', 'inspectedAt'],
  'sterilization-load': ['cycle', 'biologicalIndicatorResult', 'exposureStartedAt'],
  receipt: ['purchaseOrder', 'receivedAt', 'deliveryNote'],
};
const SCALAR_KINDS = new Set(['code', 'text', 'integer', 'decimal', 'boolean', 'date', 'date-time', 'enum', 'reference']);

export type TypeLookup = (key: string) => Promise<TypeDefinition | undefined>;

/** Type definitions fetched once per request. */
export function createTypeLookup(caller: Caller): TypeLookup {
  const cache = new Map<string, Promise<TypeDefinition | undefined>>();
  return (key) => {
    let found = cache.get(key);
    if (!found) {
      found = getTypeDefinition(caller, key);
      cache.set(key, found);
    }
    return found;
  };
}

const toSignatures = (record: SignedRecord | undefined): DetailSignature[] =>
  (record?.signatures ?? []).map(({ id, printedName, meaning, signedAt, state }) => ({ id, printedName, meaning, signedAt, state }));

function describeFields(type: TypeDefinition, values: Readonly<Record<string, unknown>>, locale: Locale, t: Translate, only?: readonly string[]): DetailField[] {
  const yesNo = { yes: t('trace.value.yes'), no: t('trace.value.no') };
  const fields = only ? only.flatMap((name) => type.fields.filter((field) => field.name === name)) : type.fields.filter((field) => SCALAR_KINDS.has(field.kind) && field.name !== type.codeField && field.name !== type.statusField);
  return fields.flatMap((field) => {
    const value = describeFieldValue(field, values[field.name], locale, yesNo);
    return value === '' ? [] : [{ name: field.name, label: field.label[locale], value }];
  });
}

function statusOf(type: TypeDefinition | undefined, values: Readonly<Record<string, unknown>>, locale: Locale) {
  const value = type?.statusField ? values[type.statusField] : undefined;
  return typeof value === 'string' ? { value, label: describeStatus(type, value, locale) ?? value, tone: statusTone(value) } : null;
}

/**
 * Everything the panel shows about one node: the record (from the dictionary, labelled in the
 * reader's language) with its signatures, and the inspections, loads and receipts linked to it,
 * each with its status, results and signatures.
 */
export async function getTraceNodeDetail(caller: Caller, types: TypeLookup, locale: Locale, t: Translate, type: string, code: string): Promise<TraceNodeDetail | undefined> {
  if (type === 'supplier-lot') {
    const separator = code.indexOf('/');
    const supplierCode = code.slice(0, separator);
    const [supplierType, supplier] = await Promise.all([types('supplier'), getSignedRecord(caller, 'supplier', supplierCode)]);
    const supplierValues = supplier.outcome === 'ok' ? readValues(supplier.data.values) : {};
    const supplierName = String((locale === 'zh-CN' && supplierValues.nameZh) || supplierValues.name || '');
    return {
      type,
      code,
      typeLabel: t('trace.type.supplier-lot'),
      href: supplier.outcome === 'ok' ? recordHref('supplier', supplierCode) : null,
      status: null,
      fields: [
        { name: 'supplier', label: supplierType?.label[locale] ?? t('trace.type.supplier'), value: supplierName ? `${supplierCode} · ${supplierName}` : supplierCode },
        { name: 'supplierLot', label: t('trace.supplierLot.lot'), value: code.slice(separator + 1) },
      ],
      signatures: [],
      documents: [],
    };
  }
  const [definition, record, neighbours] = await Promise.all([types(type), getSignedRecord(caller, type, code), getTrace(caller, type, code, 'both', 1)]);
  const values = record.outcome === 'ok' ? readValues(record.data.values) : {};
  const documentNodes = neighbours.outcome === 'ok' ? neighbours.data.nodes.filter((node) => DOCUMENT_TYPES.has(node.type) && node.depth === 1) : [];
  const documents = await Promise.all(
    documentNodes.map(async (node): Promise<DetailDocument> => {
      const [documentType, documentRecord] = await Promise.all([types(node.type), getSignedRecord(caller, node.type, node.code)]);
      const documentValues = documentRecord.outcome === 'ok' ? readValues(documentRecord.data.values) : readValues(node.record?.values);
      const results = Array.isArray(documentValues.results) ? documentValues.results.map(readValues) : [];
      return {
        type: node.type,
        typeLabel: documentType?.label[locale] ?? node.type,
        code: node.code,
        href: recordHref(node.type, node.code),
        status: statusOf(documentType, documentValues, locale),
        fields: documentType ? describeFields(documentType, documentValues, locale, t, DOCUMENT_FIELDS[node.type]) : [],
        results: results.map((result) => ({
          point: String(result.inspectionPoint ?? ''),
          result: t(result.result === 'fail' ? 'trace.result.fail' : 'trace.result.pass'),
          tone: statusTone(String(result.result)),
          readings: Array.isArray(result.readings) ? result.readings.join(' · ') : '',
        })),
        signatures: toSignatures(documentRecord.outcome === 'ok' ? documentRecord.data : undefined),
      };
    }),
  );
  if (record.outcome !== 'ok' && documents.length === 0 && neighbours.outcome !== 'ok') return undefined;
  documents.sort((a, b) => a.type.localeCompare(b.type) || a.code.localeCompare(b.code));
  return {
    type,
    code,
    typeLabel: definition?.label[locale] ?? type,
    href: record.outcome === 'ok' ? recordHref(type, code) : null,
    status: statusOf(definition, values, locale),
    fields: definition && record.outcome === 'ok' ? describeFields(definition, values, locale, t) : [],
    signatures: toSignatures(record.outcome === 'ok' ? record.data : undefined),
    documents,
  };
}
