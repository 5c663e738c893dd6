import type { FieldDefinition, ListItemDefinition } from './type-definition.types.js';

/** What a field or a list item holds: text, integer, decimal, boolean, date, … */
export type FieldKind = FieldDefinition['kind'];

/** A field definition with or without a name: the part of it that describes its values. */
export type ValueDefinition = FieldDefinition | ListItemDefinition;

/** The definition of a value of one kind, with that kind's options. */
export type ValueDefinitionOf<K extends FieldKind> = Extract<ValueDefinition, { kind: K }>;
