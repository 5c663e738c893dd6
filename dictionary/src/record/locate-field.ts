import type { ValueDefinition } from '../model/field-kind.js';
import type { FieldDefinition, TypeDefinition } from '../model/type-definition.types.js';
import type { Locale } from '../validation/locale.js';

/** Where in a record a JSON Pointer lands, as a person reads it, and the definition found there. */
export interface FieldLocation {
  /** "Certificates #1 › Expiry date" / "证书 第1行 › 有效期至"; the type's label for the record itself. */
  labelPath: (locale: Locale) => string;
  /** The definition of the value at the pointer; absent for a property the type does not declare. */
  definition?: ValueDefinition;
}

type Segment = { text: (locale: Locale) => string; attached: boolean };

const rowNumber = (index: number): Segment['text'] => (locale) => (locale === 'en' ? `#${index + 1}` : `第${index + 1}行`);
const itemNumber = (index: number): Segment['text'] => (locale) => (locale === 'en' ? `#${index + 1}` : `第${index + 1}项`);

/** Walks the type's fields along `pointer` (`/certificates/0/expiresOn`). */
export function locateField(type: TypeDefinition, pointer: string): FieldLocation {
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (tokens.length === 0) return { labelPath: (locale) => type.label[locale] };

  const segments: Segment[] = [];
  let fields: readonly FieldDefinition[] | undefined = type.fields;
  let definition: ValueDefinition | undefined;
  for (const token of tokens) {
    if (definition?.kind === 'list' && /^\d+$/.test(token)) {
      const index = Number(token);
      if (definition.fields) {
        segments.push({ text: rowNumber(index), attached: true });
        fields = definition.fields;
        definition = undefined;
      } else {
        segments.push({ text: itemNumber(index), attached: true });
        fields = undefined;
        definition = definition.items;
      }
      continue;
    }
    const field: FieldDefinition | undefined = fields?.find((candidate) => candidate.name === token);
    segments.push({ text: field ? (locale) => field.label[locale] : () => token, attached: false });
    definition = field;
    fields = undefined;
  }
  return {
    labelPath: (locale) =>
      segments.reduce((path, segment) => (path === '' ? segment.text(locale) : `${path}${segment.attached ? ' ' : ' › '}${segment.text(locale)}`), ''),
    ...(definition ? { definition } : {}),
  };
}
