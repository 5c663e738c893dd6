'use client';

import { NewKeyForm, type NewKeyFormLabels } from '../../../shared/components/new-key-form';
import { isTypeKey, TYPE_KEY_MAX_LENGTH } from '../utils/is-type-key';

/** A new type: its definition editor starts blank under the key until its first draft is saved. */
export function NewTypeForm({ existingKeys, labels }: { readonly existingKeys: readonly string[]; readonly labels: NewKeyFormLabels }) {
  return (
    <NewKeyForm
      existingKeys={existingKeys}
      labels={labels}
      isValidKey={isTypeKey}
      maxLength={TYPE_KEY_MAX_LENGTH}
      placeholder="calibration-certificate"
      hrefFor={(key) => `/dictionary/${key}/definition`}
      name="dictionary-new-type"
      className="dictionary-inline-form"
    />
  );
}
