/// <reference path="./dmn-moddle.d.ts" />
import type { ModdleElement } from 'dmn-moddle';

// Typed views of the dmn-moddle elements Lotflow reads and writes (DMN 1.3 property names).

export interface DmnDefinitions extends ModdleElement {
  id?: string;
  name?: string;
  expressionLanguage?: string;
  drgElement?: ModdleElement[];
}

export interface DmnDecision extends ModdleElement {
  id?: string;
  name?: string;
  description?: string;
  decisionLogic?: ModdleElement;
}

export interface DmnDecisionTable extends ModdleElement {
  id?: string;
  hitPolicy?: string;
  aggregation?: string;
  input?: DmnInputClause[];
  output?: DmnOutputClause[];
  rule?: DmnDecisionRule[];
}

export interface DmnInputClause extends ModdleElement {
  id?: string;
  label?: string;
  inputExpression?: DmnLiteralExpression;
  inputValues?: DmnUnaryTests;
}

export interface DmnOutputClause extends ModdleElement {
  id?: string;
  label?: string;
  name?: string;
  typeRef?: string;
  outputValues?: DmnUnaryTests;
  defaultOutputEntry?: DmnLiteralExpression;
}

export interface DmnDecisionRule extends ModdleElement {
  id?: string;
  description?: string;
  inputEntry?: DmnUnaryTests[];
  outputEntry?: DmnLiteralExpression[];
  annotationEntry?: Array<ModdleElement & { text?: string }>;
}

export interface DmnLiteralExpression extends ModdleElement {
  id?: string;
  typeRef?: string;
  text?: string;
  expressionLanguage?: string;
}

export interface DmnUnaryTests extends ModdleElement {
  id?: string;
  text?: string;
  expressionLanguage?: string;
}
