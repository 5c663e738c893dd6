/// <reference path="./dmn-moddle.d.ts" />
import { DmnModdle, type ModdleElement } from 'dmn-moddle';
import type { HitPolicy, RuleTableInput, RuleTableOutput } from '../rule-table/rule-table-document.types.js';
import type { ParsedRuleTableRow, RuleTable } from '../rule-table/rule-table.types.js';
import { toDecisionId } from './decision-id.util.js';
import { dmnNamespaces, dmnTargets, type DmnTarget, type DmnTargetDefinition } from './dmn-target.definitions.js';
import { DmnExportError, type DmnIssue } from './dmn.errors.js';
import { formatFeelLiteral } from './format-feel-literal.js';
import { writeBooleanCell, writeSfeelCell, type WriteCellResult } from './write-sfeel-cell.js';

export interface ExportDmnOptions {
  /** `camunda-7` (default): deployable to the Lotflow engine; `dmn-1.3`: standard, lossless. See DmnTarget. */
  target?: DmnTarget;
}

// Names FEEL reads as keywords, not as a variable holding a fact.
const feelKeywords = new Set(['true', 'false', 'null', 'not', 'and', 'or', 'if', 'then', 'else', 'for', 'in', 'return', 'some', 'every', 'satisfies', 'instance', 'of', 'function', 'between']);

/**
 * Writes a rule table as a DMN 1.3 document with one decision (id: the key, see toDecisionId)
 * holding a decision table that decides as the rule table does. Throws DmnExportError naming
 * every row and column that has no such form for the target.
 */
export async function exportDmn(table: RuleTable, options: ExportDmnOptions = {}): Promise<string> {
  const target = options.target ?? 'camunda-7';
  const definition = dmnTargets[target];
  const issues: DmnIssue[] = [];
  const moddle = new DmnModdle();
  const zhCn = (element: ModdleElement, attribute: string, text: string | undefined) => {
    if (text !== undefined) element.$attrs[`lotflow:${attribute}`] = text;
    return element;
  };

  /** An enum as DMN input or output values; two values FEEL reads as one (the same instant) would merge. */
  const writeValues = (location: string, column: RuleTableInput | RuleTableOutput): string => {
    const literals = column.enum!.map((value) => formatFeelLiteral(value, column.type, definition.dateTimesAsUtcLocal));
    const repeated = literals.find((literal, index) => literals.indexOf(literal) !== index);
    if (repeated) issues.push({ location, message: `two values are both ${repeated} for ${target}; list each instant once` });
    return literals.join(',');
  };

  checkAggregation(table, target, definition, issues);
  checkXmlCharacters(table, issues);
  const hitPolicy: HitPolicy = definition.hitPolicyRewrites[table.hitPolicy] ?? table.hitPolicy;
  const rows = hitPolicy === table.hitPolicy ? table.rows : sortByOutputPriority(table.rows, table.outputs);

  const inputs = table.inputs.map((input) => {
    const badSegment = input.expression.split('.').find((segment) => feelKeywords.has(segment));
    if (badSegment) issues.push({ location: `Input "${input.label.en}"`, message: `the fact name '${badSegment}' is a FEEL keyword; rename the fact` });
    const typeRef = definition.inputTypeRefs[input.type];
    const clause = moddle.create('dmn:InputClause', {
      id: `Input_${input.id}`,
      label: input.label.en,
      // FEEL's date() turns the engine's Date variables (and ISO text) into calendar dates.
      inputExpression: moddle.create('dmn:LiteralExpression', {
        id: `InputExpression_${input.id}`,
        ...(typeRef ? { typeRef } : {}),
        text: input.type === 'date' ? `date(${input.expression})` : input.expression,
      }),
      ...(input.enum ? { inputValues: moddle.create('dmn:UnaryTests', { id: `InputValues_${input.id}`, text: writeValues(`Input "${input.label.en}"`, input) }) } : {}),
    });
    return zhCn(clause, 'label-zh-CN', input.label['zh-CN']);
  });

  const outputs = table.outputs.map((output) => {
    const typeRef = definition.outputTypeRefs[output.type];
    const clause = moddle.create('dmn:OutputClause', {
      id: `Output_${output.name}`,
      label: output.label.en,
      name: output.name,
      ...(typeRef ? { typeRef } : {}),
      // DMN's output values are listed highest priority first, as Lotflow's enum is.
      ...(output.enum ? { outputValues: moddle.create('dmn:UnaryTests', { id: `OutputValues_${output.name}`, text: writeValues(`Output "${output.label.en}"`, output) }) } : {}),
    });
    return zhCn(clause, 'label-zh-CN', output.label['zh-CN']);
  });

  const rules = rows.map((row) => {
    const rowNumber = table.rows.indexOf(row) + 1;
    const inputEntry = table.inputs.map((input, column) => {
      const cell = row.parsedCells[column]!;
      const written: WriteCellResult =
        input.type === 'boolean' && definition.booleanCellsBySet
          ? { ok: true, text: writeBooleanCell(cell) }
          : writeSfeelCell(row.cells[column]!, cell, definition.dateTimesAsUtcLocal);
      if (!written.ok) issues.push({ location: `Row ${rowNumber} (${row.id}), input "${input.label.en}"`, message: written.message });
      return moddle.create('dmn:UnaryTests', { id: `Rule_${row.id}_in_${input.id}`, text: written.ok ? written.text : '-' });
    });
    const outputEntry = table.outputs.map((output) =>
      moddle.create('dmn:LiteralExpression', {
        id: `Rule_${row.id}_out_${output.name}`,
        text: formatFeelLiteral(row.outputs[output.name]!, output.type, definition.dateTimesAsUtcLocal),
      }),
    );
    return moddle.create('dmn:DecisionRule', {
      id: `Rule_${row.id}`,
      ...(row.description ? { description: row.description } : {}),
      inputEntry,
      outputEntry,
    });
  });
  if (issues.length > 0) throw new DmnExportError(table.key, target, issues);

  const decisionId = toDecisionId(table.key);
  const decisionTable = moddle.create('dmn:DecisionTable', {
    id: `DecisionTable_${decisionId}`,
    hitPolicy,
    ...(table.aggregation ? { aggregation: table.aggregation } : {}),
    input: inputs,
    output: outputs,
    rule: rules,
  });
  const decision = moddle.create('dmn:Decision', {
    id: decisionId,
    name: table.name.en,
    ...(table.description ? { description: table.description.en } : {}),
    decisionLogic: decisionTable,
  });
  zhCn(decision, 'name-zh-CN', table.name['zh-CN']);
  zhCn(decision, 'description-zh-CN', table.description?.['zh-CN']);
  const definitions = moddle.create('dmn:Definitions', {
    id: `Definitions_${decisionId}`,
    name: table.name.en,
    namespace: 'https://lotflow.dev/rule-tables',
    exporter: 'Lotflow',
    drgElement: [decision],
  });
  definitions.$attrs.xmlns = dmnNamespaces.dmn13;
  definitions.$attrs['xmlns:lotflow'] = dmnNamespaces.lotflow;
  const { xml } = await moddle.toXML(definitions, { format: true });
  return xml;
}

function checkAggregation(table: RuleTable, target: DmnTarget, definition: DmnTargetDefinition, issues: DmnIssue[]): void {
  const output = table.outputs[0]!;
  if ((table.aggregation === 'MIN' || table.aggregation === 'MAX') && !definition.minMaxOutputTypes.includes(output.type)) {
    issues.push({
      location: `Output "${output.label.en}"`,
      message: `${target} takes the ${table.aggregation} of ${definition.minMaxOutputTypes.join(' and ')} outputs only, and this one is ${output.type} (export for dmn-1.3, or decide with hit policy FIRST over rows sorted by ${output.name})`,
    });
  }
}

// XML 1.0 cannot hold these characters at all, escaped or not.
const xmlIllegalCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkXmlCharacters(table: RuleTable, issues: DmnIssue[]): void {
  const check = (location: string, text: string | undefined) => {
    if (text !== undefined && xmlIllegalCharacter.test(text)) issues.push({ location, message: `${JSON.stringify(text)} holds a control character XML cannot carry` });
  };
  const labels = (location: string, label: { en: string; 'zh-CN': string } | undefined) => {
    check(location, label?.en);
    check(location, label?.['zh-CN']);
  };
  labels('Name', table.name);
  labels('Description', table.description);
  table.inputs.forEach((input) => {
    labels(`Input "${input.id}"`, input.label);
    input.enum?.forEach((value) => check(`Input "${input.id}"`, String(value)));
  });
  table.outputs.forEach((output) => {
    labels(`Output "${output.name}"`, output.label);
    output.enum?.forEach((value) => check(`Output "${output.name}"`, String(value)));
  });
  table.rows.forEach((row, index) => {
    const location = `Row ${index + 1} (${row.id})`;
    check(location, row.description);
    row.cells.forEach((cell) => check(location, cell));
    Object.values(row.outputs).forEach((value) => check(location, String(value)));
  });
}

/**
 * Rows in the order the hit policy ranks their outputs: by each output with an enum, left to
 * right, its value's position in the enum (first = highest); ties keep table order, as Lotflow's
 * PRIORITY and OUTPUT ORDER do. FIRST and RULE ORDER over these rows decide alike.
 */
function sortByOutputPriority(rows: ParsedRuleTableRow[], outputs: RuleTableOutput[]): ParsedRuleTableRow[] {
  const ranked = outputs.filter((output) => output.enum);
  const rank = (output: RuleTableOutput, row: ParsedRuleTableRow) => output.enum!.indexOf(row.outputs[output.name]!);
  return [...rows].sort((a, b) => {
    for (const output of ranked) {
      const difference = rank(output, a) - rank(output, b);
      if (difference !== 0) return difference;
    }
    return 0;
  });
}
