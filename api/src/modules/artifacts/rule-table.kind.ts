import { RuleTableInvalidError, parseRuleTable } from '@lotflow/rules';
import type { ArtifactKindDefinition } from './artifact-kinds.js';

/** A rule table may be published when it parses with every cell valid and its key matches. */
export const ruleTableKind: ArtifactKindDefinition = {
  kind: 'rule-table',
  path: '/rule-tables',
  noun: 'rule table',
  editRoles: ['analyst'],
  async validate(content, key) {
    try {
      const table = parseRuleTable(content, `'${key}'`);
      return table.key === key ? [] : [{ pointer: '/key', message: `must equal the table's key in the address, '${key}'`, keyword: 'const' }];
    } catch (error) {
      if (error instanceof RuleTableInvalidError) return error.issues;
      throw error;
    }
  },
};
