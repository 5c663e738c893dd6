/*
 * Generated from type-definition.schema.json by dictionary/scripts/generate-model-types.ts.
 * Do not edit: change the schema and run `npx tsx dictionary/scripts/generate-model-types.ts`.
 */

/**
 * Lower-case words joined by hyphens: material, inspection-point.
 */
export type TypeKey = string;
/**
 * A named field of a type or of a list's rows.
 */
export type FieldDefinition = (
  | TextOptions
  | IntegerOptions
  | DecimalOptions
  | BooleanOptions
  | DateOptions
  | DateTimeOptions
  | EnumOptions
  | ReferenceOptions
  | ListOptions
  | CodeOptions
) & {
  name: FieldName;
  label: LocalizedText;
  help?: LocalizedText;
  required?: boolean;
  /**
   * On a type's field: no two records of the type share the value (checked by the api). On a row field: no two rows of the list share it.
   */
  unique?: boolean;
  /**
   * A change needs a reason and is shown in the audit trail with its old and new values.
   */
  regulated?: boolean;
};
/**
 * Unit of measure shown next to the value: in, mm, N, mL, d.
 */
export type Unit = string;
/**
 * What each value of a list of single values is; a field definition without a name.
 */
export type ListItemDefinition = (
  | TextOptions
  | IntegerOptions
  | DecimalOptions
  | BooleanOptions
  | DateOptions
  | DateTimeOptions
  | EnumOptions
  | ReferenceOptions
  | ListOptions
  | CodeOptions
) & {
  label?: LocalizedText;
  help?: LocalizedText;
  /**
   * No value appears twice in the list.
   */
  unique?: boolean;
};
/**
 * camelCase: outerDiameter, expiresOn.
 */
export type FieldName = string;

/**
 * A dictionary type: the fields a record of this type holds, their kinds and constraints, and labels in both languages. Records are validated against the JSON Schema compiled from it.
 */
export interface TypeDefinition {
  $schema?: string;
  key: TypeKey;
  label: LocalizedText;
  help?: LocalizedText;
  /**
   * The field holding the record's business code, unique across every record of every type.
   */
  codeField: string;
  /**
   * The enum field references check with allowedStatuses.
   */
  statusField?: string;
  /**
   * @minItems 1
   */
  fields: FieldDefinition[];
}
export interface LocalizedText {
  en: string;
  'zh-CN': string;
}
export interface TextOptions {
  kind: 'text';
  minLength?: number;
  maxLength?: number;
  /**
   * A regular expression (ECMAScript, unicode). As in JSON Schema it may match anywhere in the text: anchor it with ^…$ to constrain the whole text.
   */
  pattern?: string;
  default?: string;
}
export interface IntegerOptions {
  kind: 'integer';
  min?: number;
  max?: number;
  unit?: Unit;
  default?: number;
}
export interface DecimalOptions {
  kind: 'decimal';
  min?: number;
  max?: number;
  unit?: Unit;
  /**
   * At most this many decimal places.
   */
  scale?: number;
  default?: number;
}
export interface BooleanOptions {
  kind: 'boolean';
  default?: boolean;
}
export interface DateOptions {
  kind: 'date';
  default?: string;
}
export interface DateTimeOptions {
  kind: 'date-time';
  default?: string;
}
export interface EnumOptions {
  kind: 'enum';
  /**
   * @minItems 1
   */
  values: EnumValue[];
  default?: string;
}
export interface EnumValue {
  value: string;
  label: LocalizedText;
}
export interface ReferenceOptions {
  kind: 'reference';
  /**
   * Lower-case words joined by hyphens: material, inspection-point.
   */
  targetType: string;
  /**
   * The referenced record's status (its type's statusField) must be one of these.
   *
   * @minItems 1
   */
  allowedStatuses?: string[];
  default?: string;
}
/**
 * Either items (a list of single values) or fields (a list of rows), not both.
 */
export interface ListOptions {
  kind: 'list';
  items?: ListItemDefinition;
  /**
   * @minItems 1
   */
  fields?: FieldDefinition[];
  minItems?: number;
  maxItems?: number;
  default?: unknown[];
}
/**
 * A business code assigned from a numbering sequence. No default: a default code would repeat on the second record.
 */
export interface CodeOptions {
  kind: 'code';
  /**
   * Lower-case words joined by hyphens: material, inspection-point.
   */
  numbering: string;
}
