import type { TypeDefinition } from '@lotflow/dictionary';
import { RuleTableInvalidError, analyseRuleTable, parseRuleTable, type ColumnType, type Scalar } from '@lotflow/rules';
import type { ArtifactIssue, ArtifactKindDefinition } from './artifact-kinds.js';

const columnTypeOfKind: Record<string, ColumnType | undefined> = {
  text: 'string',
  code: 'string',
  reference: 'string',
  enum: 'string',
  integer: 'integer',
  decimal: 'number',
  boolean: 'boolean',
  date: 'date',
  'date-time': 'date-time',
};

/**
 * What the dictionary says a fact path is. By convention the first segment names a dictionary type
 * (`supplierCertificate` → `supplier-certificate`) and the rest a field of it: `lot.status` is the
 * Lot type's status enum. Paths the dictionary does not know are left to the table.
 */
export function dictionaryResolver(types: TypeDefinition[]) {
  const byKey = new Map(types.map((type) => [type.key, type]));
  return {
    resolve(expression: string): { type: ColumnType; enum?: Scalar[] } | undefined {
      const [head, field, ...rest] = expression.split('.');
      if (!head || !field || rest.length > 0) return undefined;
      const type = byKey.get(head.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`));
      const definition = type?.fields.find((candidate) => candidate.name === field);
      const columnType = definition ? columnTypeOfKind[definition.kind] : undefined;
      if (!definition || !columnType) return undefined;
      return definition.kind === 'enum' ? { type: columnType, enum: definition.values.map((value) => value.value) } : { type: columnType };
    },
  };
}

/**
 * A rule table may be published when it parses with every cell valid, its key matches, and the
 * static analysis finds no error (an overlap under UNIQUE, a type the dictionary contradicts).
 * Gaps, shadowed rows and overlaps under FIRST come back as warnings and information.
 */
export const ruleTableKind: ArtifactKindDefinition = {
  kind: 'rule-table',
  path: '/rule-tables',
  noun: 'rule table',
  editRoles: ['analyst'],
  signatureMeaning: 'rule-publication',
  async validate(content, key, context) {
    let table;
    try {
      table = parseRuleTable(content, `'${key}'`);
    } catch (error) {
      if (error instanceof RuleTableInvalidError) return error.issues;
      throw error;
    }
    if (table.key !== key) return [{ pointer: '/key', message: `must equal the table's key in the address, '${key}'`, keyword: 'const' }];
    const { issues } = analyseRuleTable(table, { dictionary: dictionaryResolver(await context.publishedDictionaryTypes()) });
    return issues.map(
      (issue): ArtifactIssue => ({
        pointer: issue.rowIds.length > 0 ? `/rows/${table.rows.findIndex((row) => row.id === issue.rowIds[0])}` : issue.columnIds.length > 0 ? `/inputs/${table.inputs.findIndex((input) => input.id === issue.columnIds[0])}` : '',
        message: issue.message.en,
        messages: issue.message,
        keyword: issue.code,
        severity: issue.severity,
      }),
    );
  },
};
