import type { ColumnType, DictionaryType, Label, Scalar } from '../api/rule-table.shape';

/** A fact path the dictionary types: what a column can read, with the type and values it must have. */
export interface DictionaryField {
  /** `inspectionLot.status`: the type's key in camelCase, then the field. */
  readonly path: string;
  readonly typeKey: string;
  readonly typeLabel: Label;
  readonly label: Label;
  readonly type: ColumnType;
  readonly enum?: readonly Scalar[];
}

// The same reading of field kinds as the api's analysis (api/src/modules/artifacts/rule-table.kind.ts).
const COLUMN_TYPE_OF_KIND: Readonly<Record<string, ColumnType | undefined>> = {
  text: 'string',
  code: 'string',
  reference: 'string',
  enum: 'string',
  integer: 'integer',
  decimal: 'number',
  boolean: 'boolean',
  date: 'date',
  'date-time': 'date-time',
};

/** `supplier-certificate` → `supplierCertificate`, the head of a fact path. */
export function toFactName(typeKey: string): string {
  return typeKey.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every scalar field of every type, as a fact path a column can read; lists and rows are left out. */
export function listDictionaryFields(types: readonly DictionaryType[]): DictionaryField[] {
  return types.flatMap(({ content }) =>
    content.fields.flatMap((field): DictionaryField[] => {
      const type = COLUMN_TYPE_OF_KIND[field.kind];
      if (type === undefined) {
        return [];
      }
      return [
        {
          path: `${toFactName(content.key)}.${field.name}`,
          typeKey: content.key,
          typeLabel: content.label,
          label: field.label,
          type,
          ...(field.kind === 'enum' && field.values !== undefined ? { enum: field.values.map((value) => value.value) } : {}),
        },
      ];
    }),
  );
}

/** The dictionary types whose records can fill the test bench: those the inputs' fact paths start with. */
export function typesReadByInputs(expressions: readonly string[], types: readonly DictionaryType[]): DictionaryType[] {
  const heads = new Set(expressions.filter((expression) => expression.includes('.')).map((expression) => expression.split('.')[0]));
  return types.filter((type) => heads.has(toFactName(type.content.key)));
}
