import { topicCatalog } from '@lotflow/processes/topic-catalog';
import { describe, expect, it } from 'vitest';
import type { Kernel } from '@lotflow/api';
import type { RuleTableSource } from '../evaluate-rule-set/rule-table.source.js';
import { createTopicCatalog } from '../index.js';

describe("the worker's topics", () => {
  it('are exactly the catalog the designer and the linter read, with the same parameters', () => {
    const handlers = createTopicCatalog({ ruleTables: {} as RuleTableSource, kernel: {} as Kernel, timeZone: 'Asia/Shanghai' });
    expect(handlers.map(({ topic, label, parameters }) => ({ topic, label, parameters }))).toEqual(
      topicCatalog.map(({ topic, label, parameters }) => ({ topic, label, parameters })),
    );
  });
});
