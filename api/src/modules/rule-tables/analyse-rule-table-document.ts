import type { TypeDefinition } from '@lotflow/dictionary';
import {
  RuleTableInvalidError,
  analyseRuleTable,
  parseRuleTable,
  type AnalysisIssueCode,
  type AnalysisSeverity,
  type Label,
  type Witness,
} from '@lotflow/rules';
import { dictionaryResolver } from '../artifacts/rule-table.kind.js';

/**
 * One problem of a table as an editor shows it: on the rows and inputs it names. `table-invalid`
 * is a cell or field that does not parse (its message is in English only); the other codes are the
 * static analysis's, with their sentence in English and Chinese.
 */
export interface RuleTableIssue {
  code: AnalysisIssueCode | 'table-invalid';
  severity: AnalysisSeverity;
  message: Partial<Label> & { en: string };
  /** JSON Pointer into the table: the field at fault, or the first row or input the issue names. */
  pointer: string;
  rowIds: string[];
  /** Input ids. */
  columnIds: string[];
  /** For `table-invalid`: the output a row fails to set properly, by name. */
  outputNames?: string[];
  witness?: Witness;
}

interface Document {
  inputs?: Array<{ id?: unknown }>;
  outputs?: Array<{ name?: unknown }>;
  rows?: Array<{ id?: unknown }>;
}

/** What a pointer into a document that did not parse still says about rows and columns. */
function locate(pointer: string, content: unknown): Pick<RuleTableIssue, 'rowIds' | 'columnIds' | 'outputNames'> {
  const document = (typeof content === 'object' && content !== null ? content : {}) as Document;
  const [collection, index, field, item] = pointer.split('/').slice(1);
  const at = Number(index);
  if (collection === 'rows' && Number.isInteger(at)) {
    const id = document.rows?.[at]?.id;
    const rowIds = typeof id === 'string' ? [id] : [];
    if (field === 'cells' && item !== undefined) {
      const inputId = document.inputs?.[Number(item)]?.id;
      return { rowIds, columnIds: typeof inputId === 'string' ? [inputId] : [] };
    }
    if (field === 'outputs' && item !== undefined) return { rowIds, columnIds: [], outputNames: [item.replaceAll('~1', '/').replaceAll('~0', '~')] };
    return { rowIds, columnIds: [] };
  }
  if (collection === 'inputs' && Number.isInteger(at)) {
    const id = document.inputs?.[at]?.id;
    return { rowIds: [], columnIds: typeof id === 'string' ? [id] : [] };
  }
  if (collection === 'outputs' && Number.isInteger(at)) {
    const name = document.outputs?.[at]?.name;
    return { rowIds: [], columnIds: [], outputNames: typeof name === 'string' ? [name] : [] };
  }
  return { rowIds: [], columnIds: [] };
}

/**
 * Everything an editor marks on a table that is not saved: the cells that do not parse, or, when
 * all of them do, the static analysis against the published dictionary. Saves nothing.
 */
export function analyseRuleTableDocument(
  content: unknown,
  dictionaryTypes: TypeDefinition[],
  options: { now?: Date; timeZone?: string } = {},
): { issues: RuleTableIssue[]; durationMs: number } {
  const started = performance.now();
  let table;
  try {
    table = parseRuleTable(content, 'the table');
  } catch (error) {
    if (!(error instanceof RuleTableInvalidError)) throw error;
    const issues = error.issues.map(
      (issue): RuleTableIssue => ({
        code: 'table-invalid',
        severity: 'error',
        message: { en: issue.message },
        pointer: issue.pointer,
        ...locate(issue.pointer, content),
      }),
    );
    return { issues, durationMs: performance.now() - started };
  }
  const analysis = analyseRuleTable(table, { dictionary: dictionaryResolver(dictionaryTypes), ...options });
  const issues = analysis.issues.map(
    (issue): RuleTableIssue => ({
      code: issue.code,
      severity: issue.severity,
      message: issue.message,
      pointer:
        issue.rowIds.length > 0
          ? `/rows/${table.rows.findIndex((row) => row.id === issue.rowIds[0])}`
          : issue.columnIds.length > 0
            ? `/inputs/${table.inputs.findIndex((input) => input.id === issue.columnIds[0])}`
            : '',
      rowIds: issue.rowIds,
      columnIds: issue.columnIds,
      ...(issue.witness ? { witness: issue.witness } : {}),
    }),
  );
  return { issues, durationMs: performance.now() - started };
}
