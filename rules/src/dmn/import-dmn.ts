/// <reference path="./dmn-moddle.d.ts" />
import { DmnModdle, type ModdleElement } from 'dmn-moddle';
import type { ValidationIssue } from '@lotflow/dictionary';
import type { LiteralKind } from '../rule-table/column-type.definitions.js';
import { parseCell } from '../rule-table/parse-cell.js';
import { parseRuleTable } from '../rule-table/parse-rule-table.js';
import { RuleTableInvalidError } from '../rule-table/rule-table.errors.js';
import type {
  Aggregation,
  ColumnType,
  HitPolicy,
  Label,
  RuleTableDocument,
  RuleTableInput,
  RuleTableOutput,
  RuleTableRow,
  Scalar,
} from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import { toTableKey } from './decision-id.util.js';
import type {
  DmnDecision,
  DmnDecisionRule,
  DmnDecisionTable,
  DmnDefinitions,
  DmnInputClause,
  DmnLiteralExpression,
  DmnOutputClause,
  DmnUnaryTests,
} from './dmn-model.types.js';
import { columnTypesByTypeRef, dmnNamespaces, olderDmnNamespaces } from './dmn-target.definitions.js';
import { DmnImportError, type DmnIssue } from './dmn.errors.js';
import { formatFeelLiteral } from './format-feel-literal.js';
import { readSfeelUnaryTests, type ReadSfeelResult, type SfeelLiteral } from './read-sfeel-unary-tests.js';
import { quoteCell } from './write-sfeel-cell.js';

export interface ImportDmnOptions {
  /** The decision to read when the document holds several decision tables. */
  decisionId?: string;
  /** The rule table's key; by default the decision id, lower case with dashes (see toTableKey). */
  key?: string;
  /** Names the document in messages and becomes the table's `source`, e.g. its file name. */
  source?: string;
}

/**
 * Reads a DMN 1.3 decision table (1.1 and 1.2, as Camunda Modeler writes them, too) into a
 * validated rule table: inputs, outputs, hit policy, rules with their S-FEEL unary tests as
 * Lotflow cells, output entries as typed values, annotations as descriptions. Whatever Lotflow
 * cannot read with the same meaning is a DmnImportError listing every problem by rule and column.
 */
export async function importDmn(xml: string, options: ImportDmnOptions = {}): Promise<RuleTable> {
  const source = options.source ?? 'the DMN document';
  const definitions = await readDefinitions(xml, source);
  const { decision, table } = findDecisionTable(definitions, options.decisionId, source);
  const reader = new DecisionTableReader(definitions, decision, table);
  const document = reader.read(options.key);
  if (reader.issues.length > 0) throw new DmnImportError(source, reader.issues);
  try {
    return parseRuleTable(document, source);
  } catch (error) {
    if (error instanceof RuleTableInvalidError) throw new DmnImportError(source, error.issues.map((issue) => reader.locate(issue)));
    throw error;
  }
}

async function readDefinitions(xml: string, source: string): Promise<DmnDefinitions> {
  if (typeof xml !== 'string' || xml.trim() === '') throw new DmnImportError(source, [{ location: '', message: 'is empty; expected a DMN document' }]);
  let migrated = xml;
  for (const { namespace, replacement } of olderDmnNamespaces) {
    migrated = migrated.replaceAll(`"${namespace}"`, `"${replacement}"`).replaceAll(`'${namespace}'`, `'${replacement}'`);
  }
  try {
    const { rootElement } = await new DmnModdle().fromXML(migrated, 'dmn:Definitions');
    return rootElement as DmnDefinitions;
  } catch (error) {
    const message = (error as Error).message;
    if (/failed to parse document as <dmn:Definitions>/.test(message)) {
      throw new DmnImportError(source, [
        { location: '', message: `is not a DMN 1.1, 1.2 or 1.3 document: its root must be <definitions> in the namespace ${dmnNamespaces.dmn13}` },
      ]);
    }
    const detail = message.split('\n').map((line) => line.trim()).filter(Boolean).join(', ');
    throw new DmnImportError(source, [{ location: '', message: `is not well-formed XML (${detail})` }]);
  }
}

function findDecisionTable(definitions: DmnDefinitions, decisionId: string | undefined, source: string): { decision: DmnDecision; table: DmnDecisionTable } {
  const decisions = (definitions.drgElement ?? []).filter((element): element is DmnDecision => element.$instanceOf('dmn:Decision'));
  const withTables = decisions.filter((decision) => decision.decisionLogic?.$instanceOf('dmn:DecisionTable'));
  const fail = (message: string): never => {
    throw new DmnImportError(source, [{ location: '', message }]);
  };
  if (decisionId !== undefined) {
    const decision = decisions.find((candidate) => candidate.id === decisionId);
    if (!decision) fail(`has no decision '${decisionId}'; its decisions: ${listIds(decisions)}`);
    if (!withTables.includes(decision!)) fail(`decision '${decisionId}' is not a decision table`);
    return { decision: decision!, table: decision!.decisionLogic as DmnDecisionTable };
  }
  if (withTables.length === 0) {
    fail(decisions.length === 0 ? 'holds no decision' : `holds no decision table (decisions: ${listIds(decisions)})`);
  }
  if (withTables.length > 1) fail(`holds ${withTables.length} decision tables (${listIds(withTables)}); say which one with decisionId`);
  return { decision: withTables[0]!, table: withTables[0]!.decisionLogic as DmnDecisionTable };
}

function listIds(decisions: DmnDecision[]): string {
  return decisions.length === 0 ? 'none' : decisions.map((decision) => `'${decision.id ?? '(no id)'}'`).join(', ');
}

const hitPolicies: readonly HitPolicy[] = ['UNIQUE', 'FIRST', 'PRIORITY', 'ANY', 'COLLECT', 'RULE ORDER', 'OUTPUT ORDER'];
const aggregations: readonly Aggregation[] = ['SUM', 'MIN', 'MAX', 'COUNT'];
const factPathPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const dateOfFactPattern = /^date\s*\(\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*\)$/;
const columnTypeOfLiteral: Record<LiteralKind, ColumnType> = { string: 'string', number: 'number', boolean: 'boolean', date: 'date', 'date-time': 'date-time' };
const knownTypeRefs = 'string, boolean, integer, long, double, number, date and dateTime';

/** Reads one decision table, collecting every problem rather than stopping at the first. */
class DecisionTableReader {
  readonly issues: DmnIssue[] = [];
  private readonly inputs: DmnInputClause[];
  private readonly outputs: DmnOutputClause[];
  private readonly rules: DmnDecisionRule[];
  private readonly lotflowPrefix: string | undefined;
  private keyGiven = false;
  /** Inputs and outputs whose type is unknown: their entries are not checked against it. */
  private readonly untypedColumns = new Set<string>();

  constructor(
    private readonly definitions: DmnDefinitions,
    private readonly decision: DmnDecision,
    private readonly table: DmnDecisionTable,
  ) {
    this.inputs = table.input ?? [];
    this.outputs = table.output ?? [];
    this.rules = table.rule ?? [];
    const declaration = Object.entries(definitions.$attrs).find(([name, value]) => name.startsWith('xmlns:') && value === dmnNamespaces.lotflow);
    this.lotflowPrefix = declaration?.[0].slice('xmlns:'.length);
  }

  read(key: string | undefined): RuleTableDocument {
    const { decision } = this;
    this.keyGiven = key !== undefined;
    const name = nonBlank(decision.name) ?? decision.id ?? 'Decision';
    const description = nonBlank(decision.description);
    const document: RuleTableDocument = {
      key: key ?? toTableKey(decision.id ?? ''),
      name: this.label(name, decision, 'name-zh-CN'),
      ...(description ? { description: this.label(description, decision, 'description-zh-CN') } : {}),
      hitPolicy: this.readHitPolicy(),
      ...this.readAggregation(),
      inputs: [],
      outputs: [],
      rows: [],
    };
    if (this.inputs.length === 0) this.report('Decision table', 'has no inputs; Lotflow needs at least one');
    if (this.outputs.length === 0) this.report('Decision table', 'has no outputs; Lotflow needs at least one');
    if (this.rules.length === 0) this.report('Decision table', 'has no rules; Lotflow needs at least one');
    this.rules.forEach((rule, index) => this.checkEntryCounts(rule, index));

    const inputEntries = this.inputs.map((_, column) => this.rules.map((rule) => this.readEntry(rule.inputEntry?.[column])));
    const outputEntries = this.outputs.map((_, column) => this.rules.map((rule) => this.readEntry(rule.outputEntry?.[column])));
    const usedInputIds = new Set<string>();
    document.inputs = this.inputs.map((input, column) => this.readInput(input, column, inputEntries[column]!, usedInputIds));
    document.outputs = this.outputs.map((output, column) => this.readOutput(output, column, outputEntries[column]!));
    const usedRowIds = new Set<string>();
    document.rows = this.rules.map((rule, index) => this.readRule(rule, index, document, inputEntries, outputEntries, usedRowIds));
    return document;
  }

  /** Where a problem parseRuleTable found is, in the DMN's words. */
  locate(issue: ValidationIssue): DmnIssue {
    const [, collection, index, property, column] = issue.pointer.split('/');
    const position = Number(index);
    if (collection === 'inputs' && this.inputs[position]) return { location: this.inputLocation(position), message: `${property ?? ''} ${issue.message}`.trim() };
    if (collection === 'outputs' && this.outputs[position]) return { location: this.outputLocation(position), message: `${property ?? ''} ${issue.message}`.trim() };
    if (collection === 'rows' && this.rules[position]) {
      const rule = this.ruleLocation(position);
      if (property === 'cells' && column !== undefined && this.inputs[Number(column)]) return { location: `${rule}, ${this.inputLocation(Number(column))}`, message: issue.message };
      const outputIndex = this.outputs.findIndex((output) => output.name === column);
      if (property === 'outputs' && outputIndex >= 0) return { location: `${rule}, ${this.outputLocation(outputIndex)}`, message: issue.message };
      return { location: rule, message: issue.message };
    }
    if (collection === 'key') {
      return this.keyGiven
        ? { location: 'Key', message: issue.message }
        : { location: `Decision '${this.decision.id ?? ''}'`, message: `its id gives no rule table key, which ${issue.message}; pass a key` };
    }
    return { location: 'Decision table', message: `${collection ?? ''} ${issue.message}`.trim() };
  }

  private readHitPolicy(): HitPolicy {
    const hitPolicy = this.table.hitPolicy ?? 'UNIQUE';
    if (hitPolicies.includes(hitPolicy as HitPolicy)) return hitPolicy as HitPolicy;
    this.report('Decision table', `hit policy '${hitPolicy}' is not one of ${hitPolicies.join(', ')}`);
    return 'UNIQUE';
  }

  private readAggregation(): { aggregation?: Aggregation } {
    const { aggregation } = this.table;
    if (aggregation === undefined) return {};
    if (aggregations.includes(aggregation as Aggregation)) return { aggregation: aggregation as Aggregation };
    this.report('Decision table', `aggregation '${aggregation}' is not one of ${aggregations.join(', ')}`);
    return {};
  }

  private checkEntryCounts(rule: DmnDecisionRule, index: number): void {
    const inputs = rule.inputEntry?.length ?? 0;
    const outputs = rule.outputEntry?.length ?? 0;
    if (inputs !== this.inputs.length) this.report(this.ruleLocation(index), `has ${inputs} input entries, but the table has ${this.inputs.length} inputs`);
    if (outputs !== this.outputs.length) this.report(this.ruleLocation(index), `has ${outputs} output entries, but the table has ${this.outputs.length} outputs`);
  }

  private readEntry(entry: DmnUnaryTests | DmnLiteralExpression | undefined): Entry | undefined {
    if (!entry) return undefined;
    const text = (entry.text ?? '').trim();
    const language = entry.expressionLanguage ?? this.definitions.expressionLanguage;
    if (!isFeel(language)) return { text, language, read: { ok: false } };
    return { text, read: readSfeelUnaryTests(text) };
  }

  private readInput(input: DmnInputClause, column: number, entries: Array<Entry | undefined>, usedIds: Set<string>): RuleTableInput {
    const location = this.inputLocation(column);
    const expressionText = input.inputExpression?.text?.trim() ?? '';
    const dateOf = dateOfFactPattern.exec(expressionText)?.[1];
    const expression = dateOf ?? expressionText;
    if (expressionText === '') this.report(location, 'has no input expression; write the fact it reads, e.g. supplierStatus');
    else if (!dateOf && !factPathPattern.test(expressionText)) {
      this.report(location, `expression ${quoteCell(expressionText)} is not a fact name or a dotted path into a fact (e.g. supplier.approvalStatus), which is all Lotflow reads`);
    }
    const type = dateOf ? 'date' : this.resolveType(location, input.inputExpression?.typeRef, literalKindsOf(entries));
    if (!type) this.untypedColumns.add(`input ${column}`);
    const enumValues = type && input.inputValues?.text?.trim() ? this.readValueList(location, 'input values', input.inputValues.text, type) : undefined;
    return {
      id: uniqueName(inputIdOf(input.id, expression, column), usedIds, '_'),
      label: this.label(nonBlank(input.label) ?? (expression || `Input ${column + 1}`), input, 'label-zh-CN'),
      expression,
      type: type ?? 'string',
      ...(enumValues ? { enum: enumValues } : {}),
    };
  }

  private readOutput(output: DmnOutputClause, column: number, entries: Array<Entry | undefined>): RuleTableOutput {
    const location = this.outputLocation(column);
    const name = output.name?.trim() ?? '';
    if (name === '') this.report(location, 'has no name; Lotflow needs one to name its value, e.g. disposition');
    else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.report(location, `name '${name}' must be letters, digits and _, not starting with a digit, e.g. disposition`);
    if (output.defaultOutputEntry) this.report(location, 'has a default output entry; Lotflow has none: add a last rule of - cells instead (hit policy FIRST)');
    const valuesText = output.outputValues?.text?.trim();
    const valuesRead = valuesText ? readSfeelUnaryTests(valuesText) : undefined;
    const kinds = literalKindsOf(entries);
    if (valuesRead?.ok) valuesRead.literals.forEach((literal) => kinds.add(literal.kind));
    const type = this.resolveType(location, output.typeRef, kinds);
    if (!type) this.untypedColumns.add(`output ${column}`);
    const enumValues = type && valuesText ? this.readValueList(location, 'output values', valuesText, type) : undefined;
    return {
      name,
      label: this.label(nonBlank(output.label) ?? (name || `Output ${column + 1}`), output, 'label-zh-CN'),
      type: type ?? 'string',
      ...(enumValues ? { enum: enumValues } : {}),
    };
  }

  private readRule(
    rule: DmnDecisionRule,
    index: number,
    document: RuleTableDocument,
    inputEntries: Array<Array<Entry | undefined>>,
    outputEntries: Array<Array<Entry | undefined>>,
    usedIds: Set<string>,
  ): RuleTableRow {
    const location = this.ruleLocation(index);
    const cells = document.inputs.map((input, column) => {
      const entry = inputEntries[column]![index];
      if (!entry) return '-';
      const where = `${location}, ${this.inputLocation(column)}`;
      if (this.untypedColumns.has(`input ${column}`)) return entry.text;
      if (!entry.read.ok) {
        const reason = entry.language ? `it is written in ${entry.language}` : entry.read.reason;
        this.report(where, `${quoteCell(entry.text)} is not an S-FEEL unary test Lotflow supports${reason ? ` (${reason})` : ''}`);
        return entry.text;
      }
      const text = this.sameForMissing(where, entry.text, entry.read, input);
      if (text === undefined) return entry.text;
      const parsed = parseCell(text, input);
      if (!parsed.ok) this.report(where, parsed.message);
      return text;
    });
    const outputs: Record<string, Scalar> = {};
    document.outputs.forEach((output, column) => {
      const entry = outputEntries[column]![index];
      if (!entry || this.untypedColumns.has(`output ${column}`)) return;
      const value = this.readOutputEntry(`${location}, ${this.outputLocation(column)}`, entry, output.type);
      if (value !== undefined) outputs[output.name] = value;
    });
    const annotations = (rule.annotationEntry ?? []).flatMap((annotation) => nonBlank(annotation.text) ?? []);
    const description = nonBlank(rule.description) ?? annotations.join(' / ');
    return {
      id: uniqueName(rowIdOf(rule.id, index), usedIds, '-'),
      ...(description ? { description } : {}),
      cells,
      outputs,
    };
  }

  /**
   * DMN's not("a") holds for a missing value (null = "a" is false, and not(false) is true);
   * Lotflow's not(…) never does. Where the input's values are few (boolean, an enum) the cell
   * becomes the list of the other values and null; otherwise it is refused.
   */
  private sameForMissing(location: string, text: string, read: ReadSfeelResult & { ok: true }, input: RuleTableInput): string | undefined {
    const { unaryTests } = read;
    if (unaryTests.kind !== 'not' || read.droppedNull || !unaryTests.tests.every((test) => test.kind === 'literal')) return read.lotflowText;
    const values = input.type === 'boolean' ? [true, false] : input.enum;
    if (!values) {
      this.report(
        location,
        `${quoteCell(text)} also holds for a missing value in DMN, and Lotflow's not(…) never does; write ${quoteCell(text.replace(/\)\s*$/, ', null)'))} if a missing value should not match`,
      );
      return undefined;
    }
    const excluded = new Set(unaryTests.tests.map((test) => (test.kind === 'literal' ? test.literal.value : undefined)));
    return [...values.filter((value) => !excluded.has(value)).map((value) => formatFeelLiteral(value, input.type, false)), 'null'].join(', ');
  }

  private readOutputEntry(location: string, entry: Entry, type: ColumnType): Scalar | undefined {
    if (entry.text === '') {
      this.report(location, 'is empty; every Lotflow row sets every output');
      return undefined;
    }
    const { read } = entry;
    const test = read.ok && read.unaryTests.kind === 'tests' && read.unaryTests.tests.length === 1 ? read.unaryTests.tests[0] : undefined;
    if (test?.kind === 'null') {
      this.report(location, 'is null; a Lotflow output always holds a value');
      return undefined;
    }
    if (test?.kind !== 'literal' || entry.language) {
      this.report(
        location,
        `${quoteCell(entry.text)} is not a literal Lotflow supports: an output entry is a string, number, boolean, date("…") or date and time("…"), not an expression${entry.language ? ` (it is written in ${entry.language})` : ''}`,
      );
      return undefined;
    }
    return this.literalValue(location, quoteCell(entry.text), test.literal, type);
  }

  /** A comma-separated list of literals (input or output values) → an enum of the column's type. */
  private readValueList(location: string, what: string, text: string, type: ColumnType): Scalar[] | undefined {
    const read = readSfeelUnaryTests(text.trim());
    if (!read.ok || read.unaryTests.kind !== 'tests' || read.unaryTests.tests.some((test) => test.kind !== 'literal')) {
      this.report(location, `${what} ${quoteCell(text.trim())} are not a list of literals, e.g. "accept","reject"; Lotflow enums list values`);
      return undefined;
    }
    const values = read.literals.map((literal) => this.literalValue(location, `${what} ${quoteCell(text.trim())}`, literal, type));
    return values.every((value) => value !== undefined) ? (values as Scalar[]) : undefined;
  }

  private literalValue(location: string, what: string, literal: SfeelLiteral, type: ColumnType): Scalar | undefined {
    const expected = type === 'integer' ? 'number' : type;
    if (literal.kind !== expected) {
      this.report(location, `${what} is ${literalKindNames[literal.kind]}, but the column is ${type}`);
      return undefined;
    }
    if (type === 'integer' && !Number.isInteger(literal.value)) {
      this.report(location, `${what} is not a whole number, but the column is integer`);
      return undefined;
    }
    return literal.value;
  }

  /** typeRef → Lotflow type; without one, the type the column's literals show. */
  private resolveType(location: string, typeRef: string | undefined, kinds: Set<LiteralKind>): ColumnType | undefined {
    const name = typeRef?.trim().toLowerCase().replace(/^[a-z][\w.-]*:/, '');
    if (name) {
      const type = columnTypesByTypeRef[name];
      if (!type) {
        this.report(location, `typeRef '${typeRef}' has no Lotflow type; Lotflow reads ${knownTypeRefs}`);
        return undefined;
      }
      // Camunda 7's date is a java.util.Date, written with date and time("…") literals.
      return type === 'date' && kinds.has('date-time') ? 'date-time' : type;
    }
    if (kinds.size === 1) return columnTypeOfLiteral[[...kinds][0]!];
    this.report(
      location,
      kinds.size === 0
        ? `has no typeRef and no entry shows its type; set a typeRef (${knownTypeRefs})`
        : `has no typeRef and its entries mix ${[...kinds].map((kind) => literalKindNames[kind]).join(' and ')}; set a typeRef`,
    );
    return undefined;
  }

  /** DMN holds one language; the zh-CN text lives in a lotflow: attribute when Lotflow wrote the file. */
  private label(english: string, element: ModdleElement, attribute: string): Label {
    const chinese = this.lotflowPrefix ? nonBlank(element.$attrs[`${this.lotflowPrefix}:${attribute}`]) : undefined;
    return { en: english, 'zh-CN': chinese ?? english };
  }

  private ruleLocation(index: number): string {
    const id = this.rules[index]?.id;
    return `Rule ${index + 1}${id ? ` (${id})` : ''}`;
  }

  private inputLocation(column: number): string {
    const input = this.inputs[column]!;
    return `input "${input.label?.trim() || input.inputExpression?.text?.trim() || column + 1}"`;
  }

  private outputLocation(column: number): string {
    const output = this.outputs[column]!;
    return `output "${output.label?.trim() || output.name?.trim() || column + 1}"`;
  }

  private report(location: string, message: string): void {
    this.issues.push({ location, message });
  }
}

interface Entry {
  text: string;
  /** Set when the entry is written in a language other than FEEL. */
  language?: string;
  read: ReadSfeelResult;
}

const literalKindNames: Record<LiteralKind, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'a boolean',
  date: 'a date',
  'date-time': 'a date and time',
};

/** Labels and descriptions are kept as written; only a missing or empty one falls back. */
function nonBlank(text: string | undefined): string | undefined {
  return text === undefined || text === '' ? undefined : text;
}

function isFeel(language: string | undefined): boolean {
  return language === undefined || language.trim() === '' || /feel/i.test(language);
}

function literalKindsOf(entries: Array<Entry | undefined>): Set<LiteralKind> {
  const kinds = new Set<LiteralKind>();
  for (const entry of entries) if (entry?.read.ok) entry.read.literals.forEach((literal) => kinds.add(literal.kind));
  return kinds;
}

/** `Rule_leak-test-failed` (as exported) → `leak-test-failed`; `DecisionRule_0x1` → `decisionrule-0x1`. */
function rowIdOf(id: string | undefined, index: number): string {
  const base = (id ?? '').replace(/^Rule_/, '');
  return toTableKey(base) || `rule-${index + 1}`;
}

/** `Input_leakTestResult` (as exported) → `leakTestResult`; otherwise the fact it reads, `supplier.status` → `supplier_status`. */
function inputIdOf(id: string | undefined, expression: string, column: number): string {
  const exported = /^Input_([A-Za-z_][A-Za-z0-9_]*)$/.exec(id ?? '')?.[1];
  if (exported) return exported;
  const fromExpression = expression.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z_]/.test(fromExpression) ? fromExpression : `input${column + 1}`;
}

function uniqueName(name: string, used: Set<string>, separator: string): string {
  let candidate = name;
  for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${name}${separator}${suffix}`;
  used.add(candidate);
  return candidate;
}
