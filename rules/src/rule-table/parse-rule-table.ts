import { createValidator, type ValidationIssue, type Validator } from '@lotflow/dictionary';
import type { CellExpression } from './cell-expression.types.js';
import { columnTypes } from './column-type.definitions.js';
import { computeTableVersion } from './compute-table-version.js';
import { parseCell } from './parse-cell.js';
import { RuleTableInvalidError } from './rule-table.errors.js';
import ruleTableSchema from './rule-table.schema.json' with { type: 'json' };
import type { ColumnType, RuleTableDocument, Scalar } from './rule-table-document.types.js';
import type { RuleTable } from './rule-table.types.js';

const validateDocument = createValidator<RuleTableDocument>(ruleTableSchema);
const validateValue = Object.fromEntries(
  Object.entries(columnTypes).map(([type, definition]) => [type, createValidator<Scalar>(definition.valueSchema)]),
) as Record<ColumnType, Validator<Scalar>>;

/**
 * Reads a rule table (a file's text, or a value already parsed from JSON) into a validated table
 * with its cells parsed, or throws RuleTableInvalidError listing every problem with its JSON
 * Pointer. `source` names the table in messages.
 */
export function parseRuleTable(input: unknown, source: string): RuleTable {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      throw new RuleTableInvalidError(source, [{ pointer: '', message: `is not valid JSON (${(error as Error).message})`, keyword: 'json' }]);
    }
  }
  const result = validateDocument(json);
  if (!result.ok) throw new RuleTableInvalidError(source, result.issues.map(explainSchemaIssue));
  const document = result.value;
  const issues = findReferenceIssues(document);
  const rows = document.rows.map((row, rowIndex) => ({ ...row, parsedCells: parseRowCells(document, rowIndex, issues) }));
  if (issues.length > 0) throw new RuleTableInvalidError(source, issues);
  return { ...document, rows, version: computeTableVersion(document), source };
}

// What a schema pattern means, said for a person rather than as a regular expression.
const patternHints: Array<[RegExp, string]> = [
  [/^\/key$/, 'must be lower-case letters, digits and dashes (at most 80), e.g. incoming-inspection-disposition'],
  [/^\/rows\/\d+\/id$/, 'must be lower-case letters, digits and dashes, e.g. leak-test-failed'],
  [/^\/inputs\/\d+\/expression$/, 'must be a fact name or a dotted path into a fact, e.g. supplier.approvalStatus'],
  [/^\/(inputs\/\d+\/id|outputs\/\d+\/name)$/, 'must be letters, digits and _, not starting with a digit, e.g. leakTestResult'],
];

/** ajv's words where they are too terse for a person. */
function explainSchemaIssue(issue: ValidationIssue): ValidationIssue {
  if (issue.pointer === '/hitPolicy' && issue.keyword === 'const') {
    return { ...issue, message: 'must be COLLECT when the table has an aggregation' };
  }
  const hint = issue.keyword === 'pattern' ? patternHints.find(([pointer]) => pointer.test(issue.pointer)) : undefined;
  return hint ? { ...issue, message: hint[1] } : issue;
}

function parseRowCells(document: RuleTableDocument, rowIndex: number, issues: ValidationIssue[]): CellExpression[] {
  const row = document.rows[rowIndex]!;
  const pointer = `/rows/${rowIndex}/cells`;
  if (row.cells.length !== document.inputs.length) {
    issues.push({
      pointer,
      message: `has ${row.cells.length} cells, but the table has ${document.inputs.length} inputs; write - for an input the row does not test`,
      keyword: 'cells',
    });
  }
  return document.inputs.flatMap((input, columnIndex) => {
    const text = row.cells[columnIndex];
    if (text === undefined) return [];
    const parsed = parseCell(text, input);
    if (parsed.ok) return [parsed.cell];
    issues.push({ pointer: `${pointer}/${columnIndex}`, message: parsed.message, keyword: 'cell' });
    return [];
  });
}

/** What the schema cannot say: references between inputs, outputs, rows and the hit policy. */
function findReferenceIssues(document: RuleTableDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  reportDuplicates(document.inputs.map((input) => input.id), '/inputs', 'id', issues);
  reportDuplicates(document.outputs.map((output) => output.name), '/outputs', 'name', issues);
  reportDuplicates(document.rows.map((row) => row.id), '/rows', 'id', issues);
  document.inputs.forEach((input, index) => checkEnum(input.type, input.enum, `/inputs/${index}/enum`, issues));
  document.outputs.forEach((output, index) => checkEnum(output.type, output.enum, `/outputs/${index}/enum`, issues));
  checkExpressions(document, issues);
  checkHitPolicy(document, issues);

  const outputs = new Map(document.outputs.map((output) => [output.name, output]));
  document.rows.forEach((row, rowIndex) => {
    const pointer = `/rows/${rowIndex}/outputs`;
    for (const output of document.outputs) {
      if (!(output.name in row.outputs)) issues.push({ pointer: `${pointer}/${output.name}`, message: 'is required: every row sets every output', keyword: 'required' });
    }
    for (const [name, value] of Object.entries(row.outputs)) {
      const output = outputs.get(name);
      if (!output) {
        issues.push({ pointer: `${pointer}/${name}`, message: `sets '${name}', which is not a declared output`, keyword: 'output' });
        continue;
      }
      const checked = validateValue[output.type](value);
      if (!checked.ok) {
        issues.push(...checked.issues.map((issue) => ({ ...issue, pointer: `${pointer}/${name}` })));
      } else if (output.enum && !output.enum.includes(value)) {
        issues.push({ pointer: `${pointer}/${name}`, message: `must be one of ${output.enum.map((v) => JSON.stringify(v)).join(', ')}`, keyword: 'enum' });
      }
    }
  });
  return issues;
}

function checkEnum(type: ColumnType, values: Scalar[] | undefined, pointer: string, issues: ValidationIssue[]): void {
  values?.forEach((value, index) => {
    const checked = validateValue[type](value);
    if (!checked.ok) issues.push(...checked.issues.map((issue) => ({ ...issue, pointer: `${pointer}/${index}` })));
  });
}

/** Two inputs may read the same fact, but must agree on what it is. */
function checkExpressions(document: RuleTableDocument, issues: ValidationIssue[]): void {
  document.inputs.forEach((input, index) => {
    const earlier = document.inputs.slice(0, index);
    const sameFact = earlier.find((other) => other.expression === input.expression && other.type !== input.type);
    if (sameFact) {
      issues.push({ pointer: `/inputs/${index}/type`, message: `must be ${sameFact.type}, as input '${sameFact.id}' reads the same fact`, keyword: 'expression' });
    }
    const nested = earlier.find(
      (other) => input.expression.startsWith(`${other.expression}.`) || other.expression.startsWith(`${input.expression}.`),
    );
    if (nested) {
      issues.push({
        pointer: `/inputs/${index}/expression`,
        message: `'${input.expression}' and input '${nested.id}' ('${nested.expression}') cannot both hold: one reads into the other`,
        keyword: 'expression',
      });
    }
  });
}

function checkHitPolicy(document: RuleTableDocument, issues: ValidationIssue[]): void {
  const { aggregation, hitPolicy, outputs } = document;
  if (aggregation) {
    if (outputs.length !== 1) {
      issues.push({ pointer: '/aggregation', message: `${aggregation} needs a table with exactly one output; this one has ${outputs.length}`, keyword: 'aggregation' });
    } else if (aggregation === 'SUM' && !['number', 'integer'].includes(outputs[0]!.type)) {
      issues.push({ pointer: '/outputs/0/type', message: `must be number or integer to SUM it`, keyword: 'aggregation' });
    } else if ((aggregation === 'MIN' || aggregation === 'MAX') && !columnTypes[outputs[0]!.type].ordered) {
      issues.push({ pointer: '/outputs/0/type', message: `must be number, integer, date or date-time to take its ${aggregation}`, keyword: 'aggregation' });
    }
  }
  if ((hitPolicy === 'PRIORITY' || hitPolicy === 'OUTPUT ORDER') && !outputs.some((output) => output.enum)) {
    issues.push({
      pointer: '/outputs',
      message: `${hitPolicy} ranks matching rows by the order of an output's enum (first = highest); give at least one output an enum`,
      keyword: 'hitPolicy',
    });
  }
}

function reportDuplicates(values: string[], pointer: string, property: string, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.push({ pointer: `${pointer}/${index}/${property}`, message: `'${value}' is declared twice`, keyword: 'unique' });
    seen.add(value);
  });
}
