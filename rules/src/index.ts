export { parseRuleTable } from './rule-table/parse-rule-table.js';
export { parseCell } from './rule-table/parse-cell.js';
export type { CellColumn, CellParseResult } from './rule-table/parse-cell.js';
export { compileRuleTable } from './rule-table/compile-rule-table.js';
export type { CompiledRuleTable } from './rule-table/compile-rule-table.js';
export { applyHitPolicy } from './rule-table/apply-hit-policy.js';
export { RuleTableCache } from './rule-table/rule-table.cache.js';
export { RuleTableError, RuleTableHitPolicyViolation, RuleTableInputError, RuleTableInvalidError } from './rule-table/rule-table.errors.js';
export type * from './rule-table/rule-table.types.js';

import { fileURLToPath } from 'node:url';
/** The rule tables that ship with Lotflow. */
export const bundledRuleTablesDirectory = fileURLToPath(new URL('../rule-tables/', import.meta.url));
