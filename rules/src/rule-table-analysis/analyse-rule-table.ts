import { formatDay } from '../rule-table/date-value.util.js';
import type { HitPolicy } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';
import type { AnalyseOptions, AnalysisIssue, AnalysisSeverity, RuleTableAnalysis } from './analysis.types.js';
import { checkAgainstDictionary } from './check-against-dictionary.js';
import { buildColumnAxes, type AxisNote } from './column-axis.js';
import {
  describeAnalysedAsOf,
  describeGap,
  describeLeftOut,
  describeOverlap,
  describeShadowedRow,
  describeUnsatisfiableRow,
  nameRow,
  type OverlapConsequence,
} from './describe-issue.js';
import { findGaps } from './find-gaps.js';
import { findShadowedRows } from './find-shadowed-rows.js';
import { orderDimensions } from './order-dimensions.js';
import { pickWitness } from './pick-witness.js';
import { regionConditions } from './region-conditions.js';
import { intersectRankSets, unionRankSets, type RankSet } from './rank-set.js';
import { buildRowBoxes, evaluationDay, type RowBox, type TableSpace } from './row-boxes.js';
import { sweepOverlaps, type RowPair } from './sweep-overlaps.js';
import { createWinsOver, type WinsOver } from './wins-over.js';

/**
 * Checks a rule table before it is published, after Calvanese et al., "Semantics and Analysis
 * of DMN Decision Tables" (BPM 2016): each row is a box over the inputs, and sweeps along the
 * inputs find rows that overlap, inputs no row matches (gaps), and under FIRST and PRIORITY rows
 * that never decide; with a dictionary, also inputs whose type or enum disagree with it.
 *
 * The missing value is one more point of every input: `null` matches it, `-` too, `not(…)` and
 * every other test do not. Overlaps and shadowed rows count it; gaps do only with
 * `includeMissingValuesInGaps`. Pure, but for reading the clock when a table uses relative days
 * and `now` is left out.
 */
export function analyseRuleTable(table: RuleTable, options: AnalyseOptions = {}): RuleTableAnalysis {
  const startedAt = performance.now();
  const timeZone = options.timeZone ?? 'UTC';
  const today = evaluationDay(options.now, timeZone);

  const dictionary = checkAgainstDictionary(table, options.dictionary);
  const { axes, notes } = buildColumnAxes(table, { dictionaryEnums: dictionary.enums });
  const { space, boxes } = buildRowBoxes(table, axes, today);
  const matchable = boxes.filter((box) => box.sets.every((set) => set.length > 0));
  const matchableRows = new Set(matchable.map((box) => box.rowIndex));
  const order = orderDimensions(matchable, table.inputs.length);
  const overlaps = sweepOverlaps(matchable, order);
  const winsOver = createWinsOver(table);
  const anything = space.domain.map((domain, columnIndex) => unionRankSets(domain, space.missing[columnIndex]!));
  const gapDomain = options.includeMissingValuesInGaps ? anything : space.domain;

  const issues: AnalysisIssue[] = [
    ...dictionary.issues,
    ...notes.map((note) => noteIssue(table, note, formatDay(today.day))),
    ...boxes.filter((box) => !matchableRows.has(box.rowIndex)).map((box) => unsatisfiableRowIssue(table, box)),
    ...overlaps
      .map((pair) => overlapIssue(table, space, boxes, pair, anything, winsOver))
      .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
      .map(({ issue }) => issue),
    ...(winsOver ? findShadowedRows(matchable, overlaps, order, winsOver) : []).map(({ rowIndex, coveringRowIndexes }) => ({
      code: 'shadowed-row' as const,
      severity: 'warning' as const,
      message: describeShadowedRow(
        nameRow(table, rowIndex),
        coveringRowIndexes.map((index) => nameRow(table, index)),
        table.hitPolicy === 'FIRST' ? 'earlier' : 'priority',
      ),
      rowIds: [rowIndex, ...coveringRowIndexes].map((index) => table.rows[index]!.id),
      columnIds: [],
    })),
    ...findGaps(matchable, gapDomain, order).map((region): AnalysisIssue => {
      const where = regionConditions(space, region, gapDomain);
      return {
        code: 'gap',
        severity: 'warning',
        message: describeGap(where),
        rowIds: [],
        columnIds: where.map(({ columnId }) => columnId),
        witness: pickWitness(table, space, region),
      };
    }),
  ];
  return { issues: sortBySeverity(issues), durationMs: performance.now() - startedAt };
}

interface OverlapJudgement {
  severity: AnalysisSeverity;
  consequence: OverlapConsequence;
}

/** What an overlap of two rows means under each hit policy. */
const overlapJudgements: Record<HitPolicy, (table: RuleTable, earlier: number, later: number, winsOver: WinsOver | undefined) => OverlapJudgement> = {
  UNIQUE: () => ({ severity: 'error', consequence: { kind: 'unique' } }),
  ANY: (table, earlier, later) => {
    const [a, b] = [table.rows[earlier]!.outputs, table.rows[later]!.outputs];
    const output = table.outputs.find(({ name }) => a[name] !== b[name])?.name;
    return output
      ? { severity: 'error', consequence: { kind: 'any-disagree', output, earlierValue: a[output]!, laterValue: b[output]! } }
      : { severity: 'info', consequence: { kind: 'any-agree' } };
  },
  FIRST: (table, earlier) => ({ severity: 'info', consequence: { kind: 'first', winner: nameRow(table, earlier) } }),
  PRIORITY: (table, earlier, later, winsOver) => ({
    severity: 'info',
    consequence: { kind: 'priority', winner: nameRow(table, winsOver!(later, earlier) ? later : earlier) },
  }),
  COLLECT: () => ({ severity: 'info', consequence: { kind: 'collected' } }),
  'RULE ORDER': () => ({ severity: 'info', consequence: { kind: 'collected' } }),
  'OUTPUT ORDER': () => ({ severity: 'info', consequence: { kind: 'collected' } }),
};

function overlapIssue(
  table: RuleTable,
  space: TableSpace,
  boxes: RowBox[],
  [earlier, later]: RowPair,
  anything: RankSet[],
  winsOver: WinsOver | undefined,
): { order: [number, number]; issue: AnalysisIssue } {
  const region = boxes[earlier]!.sets.map((set, columnIndex) => intersectRankSets(set, boxes[later]!.sets[columnIndex]!));
  const where = regionConditions(space, region, anything);
  const { severity, consequence } = overlapJudgements[table.hitPolicy](table, earlier, later, winsOver);
  return {
    order: [later, earlier],
    issue: {
      code: 'overlapping-rows',
      severity,
      message: describeOverlap(nameRow(table, later), nameRow(table, earlier), where, consequence),
      rowIds: [table.rows[later]!.id, table.rows[earlier]!.id],
      columnIds: where.map(({ columnId }) => columnId),
      witness: pickWitness(table, space, region),
    },
  };
}

function unsatisfiableRowIssue(table: RuleTable, box: RowBox): AnalysisIssue {
  const row = table.rows[box.rowIndex]!;
  const empty = table.inputs.flatMap((input, columnIndex) => (box.sets[columnIndex]!.length === 0 ? [{ column: input.id, cell: row.cells[columnIndex]! }] : []));
  return {
    code: 'unsatisfiable-row',
    severity: 'warning',
    message: describeUnsatisfiableRow(nameRow(table, box.rowIndex), empty),
    rowIds: [row.id],
    columnIds: empty.map(({ column }) => column),
  };
}

function noteIssue(table: RuleTable, note: AxisNote, today: string): AnalysisIssue {
  const input = table.inputs[note.columnIndex]!;
  return {
    code: note.kind === 'as-of-date' ? 'input-analysed-as-of-date' : 'input-left-out',
    severity: 'info',
    message: note.kind === 'as-of-date' ? describeAnalysedAsOf(input.id, today) : describeLeftOut(input.id),
    rowIds: [],
    columnIds: [input.id],
  };
}

const severityOrder: Record<AnalysisSeverity, number> = { error: 0, warning: 1, info: 2 };

function sortBySeverity(issues: AnalysisIssue[]): AnalysisIssue[] {
  return issues.map((issue, index) => ({ issue, index })).sort((a, b) => severityOrder[a.issue.severity] - severityOrder[b.issue.severity] || a.index - b.index).map(({ issue }) => issue);
}
