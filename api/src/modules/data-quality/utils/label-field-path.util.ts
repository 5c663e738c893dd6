import type { FieldDefinition, LocalizedText, TypeDefinition } from '@lotflow/dictionary';

/** The labels of a field path (`certificates/number`) in both languages: "Certificates › Certificate number". */
export function labelFieldPath(type: TypeDefinition, path: string): LocalizedText {
  const labels: LocalizedText[] = [];
  let fields: FieldDefinition[] | undefined = type.fields;
  for (const name of path.split('/')) {
    const field: FieldDefinition | undefined = fields?.find((candidate) => candidate.name === name);
    labels.push(field?.label ?? { en: name, 'zh-CN': name });
    fields = field?.kind === 'list' ? field.fields : undefined;
  }
  return { en: labels.map((label) => label.en).join(' › '), 'zh-CN': labels.map((label) => label['zh-CN']).join(' › ') };
}
