import type { Locale } from '../../../shared/i18n/locales';
import type { TypeChange } from '../api/dictionary.shape';

interface FieldLike {
  readonly name?: unknown;
  readonly label?: Partial<Record<Locale, unknown>>;
}

/** A change of a type as a person reads it: which field, which part, before and after. */
export interface DescribedChange {
  readonly op: TypeChange['op'];
  /** "Field 11 · supplierRating (Supplier rating)" or "Type". */
  readonly subject: string;
  /** The part changed inside the subject, e.g. `label › zh-CN`; empty when the subject itself came or went. */
  readonly part: string;
  readonly before?: string;
  readonly after?: string;
}

function fieldsOf(content: unknown): readonly FieldLike[] {
  const fields = (content as { fields?: unknown } | null)?.fields;
  return Array.isArray(fields) ? (fields as FieldLike[]) : [];
}

function nameOf(field: FieldLike | undefined, locale: Locale, fieldWord: string, index: number): string {
  const name = typeof field?.name === 'string' ? field.name : '';
  const label = typeof field?.label?.[locale] === 'string' ? (field.label[locale] as string) : '';
  return `${fieldWord} ${index + 1} · ${name}${label ? ` (${label})` : ''}`;
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Names a change by the field it touches. A removed field is named from the published version,
 * anything else from the draft.
 */
export function describeTypeChange(
  change: TypeChange,
  contents: { readonly before: unknown; readonly after: unknown },
  words: { readonly field: string; readonly type: string },
  locale: Locale,
): DescribedChange {
  const tokens = change.path.split('/').slice(1).map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  const values = { ...(change.before === undefined ? {} : { before: show(change.before) }), ...(change.after === undefined ? {} : { after: show(change.after) }) };
  if (tokens[0] === 'fields' && tokens[1] !== undefined && /^\d+$/.test(tokens[1])) {
    const index = Number(tokens[1]);
    const field = change.op === 'remove' && tokens.length === 2 ? fieldsOf(contents.before)[index] : (fieldsOf(contents.after)[index] ?? fieldsOf(contents.before)[index]);
    return { op: change.op, subject: nameOf(field, locale, words.field, index), part: tokens.slice(2).join(' › '), ...values };
  }
  return { op: change.op, subject: words.type, part: tokens.join(' › '), ...values };
}
