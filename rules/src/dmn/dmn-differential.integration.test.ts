import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { compileRuleTable } from '../rule-table/compile-rule-table.js';
import { parseRuleTable } from '../rule-table/parse-rule-table.js';
import type { RuleTableDocument } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import { boundaryFactSets, type FactValue } from './__tests__/differential/boundary-facts.js';
import { deployResources, evaluateDecision, mapWithConcurrency, toEngineVariable, type EngineVariable } from './__tests__/differential/camunda-decisions.js';
import { engineOutcome, lotflowOutcome, type Outcome } from './__tests__/differential/compare-outcomes.js';
import { toDecisionId } from './decision-id.util.js';
import { exportDmn } from './export-dmn.js';

/**
 * Differential test: each table is exported for Camunda 7, deployed to the real engine, and
 * evaluated there and by Lotflow on the same few hundred facts (range ends, just beside them,
 * random values, missing values). Every answer must agree, hit-policy violations included.
 */
const factSetsPerTable = 300;
const concurrentRequests = 8;
const seed = 20_261_124;
// Other suites may deploy to the same engine: keys carry this run's suffix.
const runSuffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

const fixtures = path.join(import.meta.dirname, '__tests__', 'fixtures', 'differential');
const bundledTable = path.join(import.meta.dirname, '..', '..', 'rule-tables', 'incoming-inspection-disposition.json');
const cases = [
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ name: file.replace('.json', ''), file: path.join(fixtures, file) })),
  { name: 'bundled incoming-inspection-disposition (FIRST)', file: bundledTable },
].map(({ name, file }) => {
  const document = JSON.parse(readFileSync(file, 'utf8')) as RuleTableDocument;
  return { name, table: parseRuleTable({ ...document, key: `${document.key}-${runSuffix}` }, path.basename(file)) };
});

// Decides `string(x)` for a Date variable: how the engine's FEEL sees Date variables.
const probeKey = `dmn-differential-probe-${runSuffix}`;
const probe = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_probe" name="Probe" namespace="https://lotflow.dev/tests">
  <decision id="${probeKey}" name="Probe">
    <decisionTable id="DecisionTable_probe" hitPolicy="FIRST">
      <input id="Input_x"><inputExpression id="InputExpression_x"><text>x</text></inputExpression></input>
      <output id="Output_seen" name="seen" typeRef="string" />
      <rule id="Rule_any"><inputEntry id="Rule_any_x"><text>-</text></inputEntry><outputEntry id="Rule_any_seen"><text>string(x)</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;

describe('exported DMN on the Camunda 7.24 engine decides as Lotflow does', () => {
  const engineUrl = inject('engineUrl');

  beforeAll(async () => {
    const resources = await Promise.all(cases.map(async ({ table }) => ({ name: `${table.key}.dmn`, content: await exportDmn(table) })));
    await deployResources(engineUrl, `lotflow-dmn-differential-${runSuffix}`, [...resources, { name: `${probeKey}.dmn`, content: probe }]);
  });

  it('given a Date variable, then the engine reads it as a UTC date-time, which exported date-times assume', async () => {
    const answer = await evaluateDecision(engineUrl, probeKey, { x: { value: '2026-01-31T08:00:00.000+0000', type: 'Date' } });

    expect(answer, 'run the engine with -Duser.timezone=UTC (ENGINE_JAVA_OPTS)').toMatchObject({ ok: true, results: [{ seen: { value: '2026-01-31T08:00:00' } }] });
  });

  it.each(cases)('given $name, then engine and Lotflow agree on every generated input', async ({ table }) => {
    const compiled = compileRuleTable(table);
    const factSets = boundaryFactSets(table, factSetsPerTable, seed);
    const decisionKey = toDecisionId(table.key);

    const comparisons = await mapWithConcurrency(factSets, concurrentRequests, async (facts) => {
      const [lotflow, answer] = await Promise.all([
        lotflowOutcome(table, compiled.evaluate(lotflowFacts(table, facts))),
        evaluateDecision(engineUrl, decisionKey, engineVariables(table, facts)),
      ]);
      const engine = engineOutcome(table, answer);
      return { facts, lotflow, engine: engine.outcome, countOfNone: engine.countOfNone, agree: isDeepStrictEqual(lotflow, engine.outcome) };
    });

    const mismatches = comparisons.filter((comparison) => !comparison.agree);
    const violations = comparisons.filter((comparison) => comparison.lotflow.kind === 'hit-policy-violation').length;
    const countName = table.outputs[0]!.name;
    const noMatch = comparisons.filter(
      ({ lotflow }) => lotflow.kind === 'results' && (lotflow.results.length === 0 || (table.aggregation === 'COUNT' && lotflow.results[0]![countName] === 0)),
    ).length;
    const countsOfNone = comparisons.filter((comparison) => comparison.countOfNone).length;
    console.log(
      `${table.key} (${table.hitPolicy}${table.aggregation ? ` ${table.aggregation}` : ''}): ${comparisons.length} inputs compared, ${mismatches.length} mismatches` +
        ` (${violations} hit-policy violations, ${noMatch} without a match${countsOfNone ? `, ${countsOfNone} COUNT of none answered 400` : ''})`,
    );
    expect(mismatches.slice(0, 5).map((mismatch) => describeMismatch(table, mismatch))).toEqual([]);
    expect(comparisons.every((comparison) => comparison.lotflow.kind !== 'failure')).toBe(true);
  });
});

function lotflowFacts(table: RuleTable, facts: FactValue[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  table.inputs.forEach((input, column) => {
    const fact = facts[column]!;
    if (!fact.missing) picked[input.expression] = fact.value;
    else if (fact.explicitNull) picked[input.expression] = null;
  });
  return picked;
}

function engineVariables(table: RuleTable, facts: FactValue[]): Record<string, EngineVariable> {
  return Object.fromEntries(
    table.inputs.flatMap((input, column) => {
      const variable = toEngineVariable(input.type, facts[column]!);
      return variable ? [[input.expression, variable]] : [];
    }),
  );
}

function describeMismatch(table: RuleTable, mismatch: { facts: FactValue[]; lotflow: Outcome; engine: Outcome }): string {
  const facts = table.inputs.map((input, column) => {
    const fact = mismatch.facts[column]!;
    return `${input.expression}=${fact.missing ? (fact.explicitNull ? 'null' : 'missing') : fact.value instanceof Date ? fact.value.toISOString() : JSON.stringify(fact.value)}`;
  });
  return `${facts.join(', ')}: Lotflow ${JSON.stringify(mismatch.lotflow)}, engine ${JSON.stringify(mismatch.engine)}`;
}
