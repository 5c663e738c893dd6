export { parseRuleTable } from './rule-table/parse-rule-table.js';
export { parseCell } from './rule-table/parse-cell.js';
export type { CellColumn, CellParseResult } from './rule-table/parse-cell.js';
export { compileRuleTable } from './rule-table/compile-rule-table.js';
export type { CompiledRuleTable } from './rule-table/compile-rule-table.js';
export { applyHitPolicy } from './rule-table/apply-hit-policy.js';
export { RuleTableCache } from './rule-table/rule-table.cache.js';
export { RuleTableError, RuleTableHitPolicyViolation, RuleTableInputError, RuleTableInvalidError } from './rule-table/rule-table.errors.js';
export type * from './rule-table/rule-table.types.js';
export { analyseRuleTable } from './rule-table-analysis/analyse-rule-table.js';
export type * from './rule-table-analysis/analysis.types.js';

import { fileURLToPath } from 'node:url';
/** The rule tables that ship with Lotflow. */
export const bundledRuleTablesDirectory = fileURLToPath(new URL('../rule-tables/', import.meta.url));
export { exportRuleTableToXlsx } from './spreadsheet/export-rule-table-to-xlsx.js';
export { importRuleTableFromXlsx } from './spreadsheet/import-rule-table-from-xlsx.js';
export type { XlsxInput } from './spreadsheet/import-rule-table-from-xlsx.js';
export { exportRuleTableToCsv } from './spreadsheet/export-rule-table-to-csv.js';
export { importRuleTableFromCsv } from './spreadsheet/import-rule-table-from-csv.js';
export type { SpreadsheetImportOptions } from './spreadsheet/spreadsheet-import.options.js';
export { SpreadsheetImportError } from './spreadsheet/spreadsheet.errors.js';
export type { SpreadsheetIssue, SpreadsheetIssueKind, SpreadsheetPlace } from './spreadsheet/spreadsheet.errors.js';
