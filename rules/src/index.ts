export { compileRuleSet } from './rule-set/compile-rule-set.js';
export type { CompiledRuleSet } from './rule-set/compile-rule-set.js';
export { parseRuleSet } from './rule-set/parse-rule-set.js';
export { RuleSetRepository } from './rule-set/rule-set.repository.js';
export { RuleSetError, RuleSetInputError, RuleSetInvalidError, RuleSetNotFoundError } from './rule-set/rule-set.errors.js';
export type * from './rule-set/rule-set.types.js';

import { fileURLToPath } from 'node:url';
/** The rule sets that ship with Lotflow. */
export const bundledRuleSetsDirectory = fileURLToPath(new URL('../rule-sets/', import.meta.url));
