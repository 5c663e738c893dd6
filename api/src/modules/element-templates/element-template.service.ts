import { topicCatalog, type TopicDefinition } from '@lotflow/processes';
import type { PublishedArtifactReader } from '../artifacts/published-artifact.reader.js';
import { generateElementTemplates, type PublishedDictionaryType, type PublishedRuleTable } from './generate-element-templates.js';
import type { ElementTemplate } from './element-template.types.js';

/** The designer's element templates, from the topic catalog and what is published now. */
export class ElementTemplateService {
  constructor(
    private readonly published: PublishedArtifactReader,
    private readonly topics: readonly TopicDefinition[] = topicCatalog,
  ) {}

  async list(): Promise<ElementTemplate[]> {
    const [tables, types] = await Promise.all([this.published.allLatest('rule-table'), this.published.allLatest('dictionary-type')]);
    return generateElementTemplates({
      topics: this.topics,
      ruleTables: tables.map((table) => ({ ...(table.content as Omit<PublishedRuleTable, 'version'>), key: table.key, version: table.version })),
      dictionaryTypes: types.map((type) => ({ ...(type.content as Omit<PublishedDictionaryType, 'version'>), key: type.key, version: type.version })),
    });
  }
}
