/**
 * `npm run bench:rules`: the same 50-row FIRST decision in Lotflow (rule table → json-rules-engine)
 * and in GoRules zen-engine (JDM decision table). First proves both decide alike on every
 * generated input (mismatches are printed and fail the run), then measures evaluations per
 * second: warm-up, several rounds, median.
 *
 * Options: --inputs 20000 (checked), --timed 2000 (inputs per timed round), --rounds 5, --seed 20260131.
 */
import { parseArgs } from 'node:util';
import { ZenEngine } from '@gorules/zen-engine';
import { compileRuleTable } from '../src/rule-table/compile-rule-table.js';
import { parseRuleTable } from '../src/rule-table/parse-rule-table.js';
import type { TableDecision } from '../src/rule-table/table-decision.types.js';
import { generateBenchFacts, type Facts } from './generate-bench-facts.js';
import { incomingInspectionBenchTable } from './incoming-inspection-bench.table.js';
import { toZenDecision } from './to-zen-decision.js';

const { values: options } = parseArgs({
  options: {
    inputs: { type: 'string', default: '20000' },
    timed: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20260131' },
  },
});
const [inputCount, timedCount, rounds, seed] = [options.inputs, options.timed, options.rounds, options.seed].map(Number) as [number, number, number, number];
const batchSize = 100;

const table = parseRuleTable(incomingInspectionBenchTable, 'incoming-inspection-bench');
const lotflow = compileRuleTable(table);
const zenEngine = new ZenEngine();
const zen = zenEngine.createDecision(toZenDecision(table));
const facts = generateBenchFacts(inputCount, seed);

type Outputs = Record<string, unknown> | null;
const lotflowOutputs = (decision: TableDecision): Outputs => (decision.kind === 'single' && decision.matched ? decision.outputs : null);
// zen's first hit policy answers {} when no row matches.
const zenOutputs = (result: unknown): Outputs => (result && typeof result === 'object' && Object.keys(result).length > 0 ? (result as Record<string, unknown>) : null);

async function checkBothDecideAlike(): Promise<void> {
  const hitsPerRow = new Map(table.rows.map((row) => [row.id, 0]));
  const mismatches: string[] = [];
  for (const input of facts) {
    const decision = await lotflow.evaluate(input);
    if (decision.kind === 'single' && decision.matched) hitsPerRow.set(decision.rowId, hitsPerRow.get(decision.rowId)! + 1);
    const [ours, theirs] = [lotflowOutputs(decision), zenOutputs((await zen.evaluate(input)).result)];
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) mismatches.push(`${JSON.stringify(input)}\n    Lotflow: ${JSON.stringify(ours)}\n    zen:     ${JSON.stringify(theirs)}`);
  }
  const neverHit = [...hitsPerRow].filter(([, hits]) => hits === 0).map(([rowId]) => rowId);
  const fewest = Math.min(...hitsPerRow.values());
  console.log(`Checked ${facts.length.toLocaleString('en')} inputs (seed ${seed}): ${mismatches.length === 0 ? 'both engines decide alike on every one' : `${mismatches.length} mismatches`}; every row decided at least ${fewest} of them.`);
  if (mismatches.length > 0) {
    console.error(`\nMismatches (first 20 of ${mismatches.length}):\n  ${mismatches.slice(0, 20).join('\n  ')}`);
    process.exit(1);
  }
  if (neverHit.length > 0) {
    console.error(`Rows no input decided: ${neverHit.join(', ')}; the inputs do not cover the table.`);
    process.exit(1);
  }
}

interface Mode {
  name: string;
  evaluate(input: Facts): Promise<unknown>;
  batched: boolean;
}

const modes: Mode[] = [
  { name: 'Lotflow, await each', evaluate: (input) => lotflow.evaluate(input), batched: false },
  { name: `Lotflow, Promise.all of ${batchSize}`, evaluate: (input) => lotflow.evaluate(input), batched: true },
  { name: 'zen-engine, await each', evaluate: (input) => zen.evaluate(input), batched: false },
  { name: `zen-engine, Promise.all of ${batchSize}`, evaluate: (input) => zen.evaluate(input), batched: true },
];

/** Evaluations per second for one pass over the inputs. */
async function timeRound(mode: Mode, inputs: Facts[]): Promise<number> {
  const started = performance.now();
  if (mode.batched) {
    for (let start = 0; start < inputs.length; start += batchSize) await Promise.all(inputs.slice(start, start + batchSize).map(mode.evaluate));
  } else {
    for (const input of inputs) await mode.evaluate(input);
  }
  return inputs.length / ((performance.now() - started) / 1000);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const started = performance.now();
console.log(`Rule table ${table.key}: ${table.rows.length} rows, ${table.inputs.length} inputs, ${table.hitPolicy} hit policy; Node ${process.version}.`);
await checkBothDecideAlike();

const timed = facts.slice(0, timedCount);
for (const mode of modes) await timeRound(mode, timed.slice(0, Math.ceil(timedCount / 4))); // warm-up: JIT, caches
// Rounds take turns across the modes, so a busy moment on the machine does not land on one engine only.
const perRound = new Map<Mode, number[]>(modes.map((mode) => [mode, []]));
for (let round = 0; round < rounds; round += 1) {
  for (const mode of modes) perRound.get(mode)!.push(await timeRound(mode, timed));
}
const results = modes.map((mode) => {
  const rates = perRound.get(mode)!;
  return { mode, median: median(rates), low: Math.min(...rates), high: Math.max(...rates) };
});

const format = (value: number) => Math.round(value).toLocaleString('en');
const nameWidth = Math.max(...modes.map((mode) => mode.name.length));
console.log(`\n${timed.length.toLocaleString('en')} inputs per round, ${rounds} rounds after a warm-up; evaluations per second:`);
console.log(`  ${'engine, calls'.padEnd(nameWidth)}  ${'median'.padStart(9)}  ${'min'.padStart(9)}  ${'max'.padStart(9)}`);
for (const { mode, median: middle, low, high } of results) {
  console.log(`  ${mode.name.padEnd(nameWidth)}  ${format(middle).padStart(9)}  ${format(low).padStart(9)}  ${format(high).padStart(9)}`);
}
const [lotflowEach, lotflowBatched, zenEach, zenBatched] = results.map((result) => result.median) as [number, number, number, number];
console.log(`\nLotflow / zen: ${(lotflowEach / zenEach).toFixed(2)} awaiting each, ${(lotflowBatched / zenBatched).toFixed(2)} in batches; best of each: ${(Math.max(lotflowEach, lotflowBatched) / Math.max(zenEach, zenBatched)).toFixed(2)}.`);
console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
zenEngine.dispose();
