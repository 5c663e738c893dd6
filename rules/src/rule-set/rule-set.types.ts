/** A label in both languages the product speaks. */
export interface Label {
  en: string;
  'zh-CN': string;
}

export type ValueType = 'string' | 'number' | 'integer' | 'boolean';
export type Scalar = string | number | boolean;

export interface RuleSetInput {
  fact: string;
  type: ValueType;
  enum?: Scalar[];
  unit?: string;
  label?: Label;
}

export interface RuleSetOutput {
  name: string;
  type: ValueType;
  enum?: Scalar[];
  label?: Label;
}

export type Operator =
  | 'equal'
  | 'notEqual'
  | 'lessThan'
  | 'lessThanInclusive'
  | 'greaterThan'
  | 'greaterThanInclusive'
  | 'in'
  | 'notIn'
  | 'contains'
  | 'doesNotContain';

export interface FactCondition {
  fact: string;
  operator: Operator;
  value: unknown;
}

export type TopCondition = { all: Condition[] } | { any: Condition[] } | { not: Condition };
export type Condition = TopCondition | FactCondition;

export interface Rule {
  id: string;
  description?: string;
  conditions: TopCondition;
  outputs: Record<string, Scalar>;
}

/** The shape of a rule-set file; `rule-set.schema.json` is its source of truth. */
export interface RuleSetDocument {
  key: string;
  name: Label;
  description?: Label;
  hitPolicy: 'FIRST';
  inputs: RuleSetInput[];
  outputs: RuleSetOutput[];
  rules: Rule[];
}

/** A validated rule set and the version it was read as. */
export interface RuleSet extends RuleSetDocument {
  /** sha256 of the file's bytes: two evaluations with the same version saw the same rules. */
  version: string;
  source: string;
}

export interface Decision {
  ruleSetKey: string;
  ruleSetVersion: string;
  /** False when no rule matched: the caller decides whether that is a business outcome. */
  matched: boolean;
  ruleId?: string;
  outputs: Record<string, Scalar>;
}
