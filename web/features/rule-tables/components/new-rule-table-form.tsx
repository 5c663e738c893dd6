'use client';

import { NewKeyForm, type NewKeyFormLabels } from '../../../shared/components/new-key-form';
import { isRuleTableKey, RULE_TABLE_KEY_MAX_LENGTH } from '../utils/is-rule-table-key';

export type NewRuleTableFormLabels = NewKeyFormLabels;

/** A new table: the editor starts blank under the key until its first draft is saved. */
export function NewRuleTableForm({ existingKeys, labels }: { readonly existingKeys: readonly string[]; readonly labels: NewRuleTableFormLabels }) {
  return (
    <NewKeyForm
      existingKeys={existingKeys}
      labels={labels}
      isValidKey={isRuleTableKey}
      maxLength={RULE_TABLE_KEY_MAX_LENGTH}
      placeholder="final-release-disposition"
      hrefFor={(key) => `/rule-tables/${key}`}
      name="rule-tables-new"
    />
  );
}
