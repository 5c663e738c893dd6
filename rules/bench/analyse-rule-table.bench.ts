/**
 * Times analyseRuleTable on a generated 500-row, 5-input table, and the sweep's overlap search
 * against the pairwise check it replaces, on the same rows in the same run.
 *
 *   npx tsx rules/bench/analyse-rule-table.bench.ts [runs]
 */
import { parseRuleTable } from '../src/rule-table/parse-rule-table.js';
import type { RuleTableDocument, RuleTableRow } from '../src/rule-table/rule-table-document.types.js';
import { analyseRuleTable } from '../src/rule-table-analysis/analyse-rule-table.js';
import { bruteForceOverlaps } from '../src/rule-table-analysis/__tests__/brute-force-overlaps.js';
import { buildColumnAxes } from '../src/rule-table-analysis/column-axis.js';
import { orderDimensions } from '../src/rule-table-analysis/order-dimensions.js';
import { buildRowBoxes } from '../src/rule-table-analysis/row-boxes.js';
import { sweepOverlaps } from '../src/rule-table-analysis/sweep-overlaps.js';

const runs = Number(process.argv[2] ?? 30);

/** mulberry32: the same table every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const suppliers = ['approved', 'conditional', 'blocked', 'expired'];
const materials = ['pvc', 'silicone', 'polyurethane', 'tpe', 'ptfe'];
const diameterBands = ['< 0.140', '[0.140..0.145[', '[0.145..0.150[', '[0.150..0.155[', '[0.155..0.160[', '>= 0.160'];
const wallBands = ['< 0.030', '[0.030..0.035[', '[0.035..0.040[', '>= 0.040'];
const dispositions = ['reject', 'hold', 'accept'];

/**
 * Like a real disposition table: a few broad rules first (blocked suppliers, huge lots,
 * diameters far out), a few exceptions for one material and band, then one row per approved or
 * conditional supplier × material × diameter band × wall band, split by lot size; a few of the
 * splits leave the limit itself uncovered (< 500 then > 500).
 */
function generateTable(rowCount: number): RuleTableDocument {
  const random = seededRandom(20260131);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  const label = (text: string) => ({ en: text, 'zh-CN': text });
  const rows: RuleTableRow[] = [
    { id: 'supplier-blocked', cells: ['"blocked", "expired"', '-', '-', '-', '-'], outputs: { disposition: 'reject' } },
    { id: 'lot-too-large', cells: ['-', '-', '-', '-', '> 50000'], outputs: { disposition: 'hold' } },
    { id: 'diameter-far-out', cells: ['-', '-', '< 0.130, > 0.170', '-', '-'], outputs: { disposition: 'reject' } },
  ];
  const exceptions = rowCount - rows.length - 2 * 2 * materials.length * diameterBands.length * wallBands.length;
  for (let index = 0; index < exceptions; index += 1) {
    const low = 0.14 + Math.floor(random() * 20) * 0.001;
    rows.push({
      id: `exception-${index + 1}`,
      cells: ['-', `"${pick(materials)}"`, `[${low.toFixed(3)}..${(low + 0.004).toFixed(3)}]`, pick(['-', '< 0.032', '>= 0.038']), `< ${pick([50, 100, 200])}`],
      outputs: { disposition: 'hold' },
    });
  }
  for (const supplier of ['approved', 'conditional']) {
    for (const material of materials) {
      for (const diameter of diameterBands) {
        for (const wall of wallBands) {
          const cells = [`"${supplier}"`, `"${material}"`, diameter, wall];
          const limit = pick([100, 500, 1000]);
          const upper = random() < 0.03 ? `> ${limit}` : `>= ${limit}`;
          rows.push({ id: `r-${rows.length + 1}`, cells: [...cells, `< ${limit}`], outputs: { disposition: pick(dispositions) } });
          rows.push({ id: `r-${rows.length + 1}`, cells: [...cells, upper], outputs: { disposition: pick(dispositions) } });
        }
      }
    }
  }
  return {
    key: 'generated-disposition',
    name: label('Generated disposition'),
    hitPolicy: 'FIRST',
    inputs: [
      { id: 'supplierStatus', label: label('Supplier status'), expression: 'supplier.approvalStatus', type: 'string', enum: suppliers },
      { id: 'material', label: label('Material'), expression: 'lot.material', type: 'string', enum: materials },
      { id: 'outerDiameter', label: label('Outer diameter (in)'), expression: 'inspection.outerDiameterIn', type: 'number' },
      { id: 'wallThickness', label: label('Wall thickness (in)'), expression: 'inspection.wallThicknessIn', type: 'number' },
      { id: 'lotQuantity', label: label('Lot quantity'), expression: 'lot.quantity', type: 'integer' },
    ],
    outputs: [{ name: 'disposition', label: label('Disposition'), type: 'string', enum: dispositions }],
    rows,
  };
}

function time<T>(work: () => T): { milliseconds: number; result: T } {
  const start = performance.now();
  const result = work();
  return { milliseconds: performance.now() - start, result };
}

function summarise(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
}

const format = ({ median, p95 }: { median: number; p95: number }) => `median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`;

const table = parseRuleTable(generateTable(500), 'generated-disposition.json');
const { axes } = buildColumnAxes(table, { dictionaryEnums: [] });
const { boxes } = buildRowBoxes(table, axes, { day: 0, timeZone: 'UTC' });
const order = orderDimensions(boxes, table.inputs.length);

// Warm up the JIT so the runs measure steady state.
for (let run = 0; run < 5; run += 1) {
  analyseRuleTable(table);
  sweepOverlaps(boxes, order);
  bruteForceOverlaps(boxes);
}

const analysis: number[] = [];
const sweep: number[] = [];
const bruteForce: number[] = [];
let last = analyseRuleTable(table);
let pairs = { swept: 0, pairwise: 0 };
for (let run = 0; run < runs; run += 1) {
  const analysed = time(() => analyseRuleTable(table));
  analysis.push(analysed.milliseconds);
  last = analysed.result;
  const swept = time(() => sweepOverlaps(boxes, order));
  sweep.push(swept.milliseconds);
  const pairwise = time(() => bruteForceOverlaps(boxes));
  bruteForce.push(pairwise.milliseconds);
  pairs = { swept: swept.result.length, pairwise: pairwise.result.length };
}

const counts = Object.entries(
  last.issues.reduce<Record<string, number>>((tally, issue) => ({ ...tally, [`${issue.code} (${issue.severity})`]: (tally[`${issue.code} (${issue.severity})`] ?? 0) + 1 }), {}),
)
  .map(([kind, count]) => `${count} ${kind}`)
  .join(', ');
const [analysisTimes, sweepTimes, bruteForceTimes] = [summarise(analysis), summarise(sweep), summarise(bruteForce)];

console.log(`table: ${table.rows.length} rows × ${table.inputs.length} inputs (2 enums, 2 number ranges, 1 integer), ${table.hitPolicy}; ${runs} runs after 5 warm-up`);
console.log(`issues: ${counts}`);
console.log(`analyseRuleTable (everything):   ${format(analysisTimes)}`);
console.log(`overlaps by the sweep:           ${format(sweepTimes)}  (${pairs.swept} pairs, inputs swept in order ${order.map((index) => table.inputs[index]!.id).join(', ')})`);
console.log(`overlaps by pairwise check:      ${format(bruteForceTimes)}  (${pairs.pairwise} pairs)`);
console.log(`pairwise ÷ sweep (medians):      ${(bruteForceTimes.median / sweepTimes.median).toFixed(1)}× faster by the sweep`);
console.log(`whole analysis ÷ pairwise overlap check alone (medians): ${(analysisTimes.median / bruteForceTimes.median).toFixed(1)}× (the analysis also finds gaps and shadowed rows and writes ${last.issues.length} messages in two languages)`);
if (pairs.swept !== pairs.pairwise) {
  console.error('The sweep and the pairwise check disagree.');
  process.exitCode = 1;
}
