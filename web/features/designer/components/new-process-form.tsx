'use client';

import { NewKeyForm, type NewKeyFormLabels } from '../../../shared/components/new-key-form';
import { isProcessModelKey, PROCESS_MODEL_KEY_MAX_LENGTH } from '../utils/is-process-model-key';

export interface NewProcessFormLabels extends NewKeyFormLabels {
  readonly heading: string;
}

/** A new model: the designer shows a blank diagram under the key until its first draft is saved. */
export function NewProcessForm({ existingKeys, labels }: { readonly existingKeys: readonly string[]; readonly labels: NewProcessFormLabels }) {
  return (
    <NewKeyForm
      existingKeys={existingKeys}
      labels={labels}
      isValidKey={isProcessModelKey}
      maxLength={PROCESS_MODEL_KEY_MAX_LENGTH}
      placeholder="receiving-inspection"
      hrefFor={(key) => `/designer/${key}`}
      name="designer-new"
    />
  );
}
