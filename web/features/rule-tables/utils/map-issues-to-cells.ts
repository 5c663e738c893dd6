import type { RuleTableDocument, RuleTableIssue } from '../api/rule-table.shape';

export type IssueSeverity = RuleTableIssue['severity'];

/** Where each issue shows on the grid. Keys are ids, so issues found a moment ago still land on the right rows. */
export interface IssuePlacement {
  /** By row id: every issue that names the row. */
  readonly rows: ReadonlyMap<string, readonly RuleTableIssue[]>;
  /** By `cellKey(rowId, inputId)` or `outputCellKey(rowId, outputName)`. */
  readonly cells: ReadonlyMap<string, readonly RuleTableIssue[]>;
  /** By input id: issues about a whole input (gaps, the dictionary). */
  readonly inputs: ReadonlyMap<string, readonly RuleTableIssue[]>;
  /** By output name. */
  readonly outputs: ReadonlyMap<string, readonly RuleTableIssue[]>;
  /** Issues that name neither a row nor a column. */
  readonly table: readonly RuleTableIssue[];
}

export const cellKey = (rowId: string, inputId: string) => `${rowId}\u0000in\u0000${inputId}`;
export const outputCellKey = (rowId: string, outputName: string) => `${rowId}\u0000out\u0000${outputName}`;

const SEVERITY_RANK: Readonly<Record<IssueSeverity, number>> = { error: 3, warning: 2, info: 1 };

/** The gravest severity among issues, or undefined when there are none. */
export function worstSeverity(issues: readonly RuleTableIssue[] | undefined): IssueSeverity | undefined {
  let worst: IssueSeverity | undefined;
  for (const issue of issues ?? []) {
    if (worst === undefined || SEVERITY_RANK[issue.severity] > SEVERITY_RANK[worst]) {
      worst = issue.severity;
    }
  }
  return worst;
}

function add(map: Map<string, RuleTableIssue[]>, key: string, issue: RuleTableIssue): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [issue]);
  } else if (!list.includes(issue)) {
    list.push(issue);
  }
}

/**
 * Places each issue on the rows it names and, in those rows, on the cells of the inputs it names
 * (an overlap marks the cells where both rows match a common value). An issue about inputs only
 * (a gap, a type the dictionary contradicts) marks the column. Ids the table no longer has are skipped.
 */
export function mapIssuesToCells(document: RuleTableDocument, issues: readonly RuleTableIssue[]): IssuePlacement {
  const rowIds = new Set(document.rows.map((row) => row.id));
  const inputIds = new Set(document.inputs.map((input) => input.id));
  const outputNames = new Set(document.outputs.map((output) => output.name));
  const rows = new Map<string, RuleTableIssue[]>();
  const cells = new Map<string, RuleTableIssue[]>();
  const inputs = new Map<string, RuleTableIssue[]>();
  const outputs = new Map<string, RuleTableIssue[]>();
  const table: RuleTableIssue[] = [];

  for (const issue of issues) {
    const namedRows = issue.rowIds.filter((id) => rowIds.has(id));
    const namedInputs = issue.columnIds.filter((id) => inputIds.has(id));
    const namedOutputs = (issue.outputNames ?? []).filter((name) => outputNames.has(name));
    for (const rowId of namedRows) {
      add(rows, rowId, issue);
      for (const inputId of namedInputs) add(cells, cellKey(rowId, inputId), issue);
      for (const outputName of namedOutputs) add(cells, outputCellKey(rowId, outputName), issue);
    }
    if (namedRows.length === 0) {
      for (const inputId of namedInputs) add(inputs, inputId, issue);
      for (const outputName of namedOutputs) add(outputs, outputName, issue);
    }
    if (namedRows.length === 0 && namedInputs.length === 0 && namedOutputs.length === 0) {
      table.push(issue);
    }
  }
  return { rows, cells, inputs, outputs, table };
}

/** Who an issue is about, not how it is worded: stable while rows move and the sentence renumbers them. */
export function issueIdentity(issue: RuleTableIssue): string {
  return [issue.code, issue.rowIds.join(','), issue.columnIds.join(','), (issue.outputNames ?? []).join(',')].join('|');
}
