import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLintContext, lintBpmn, readProcessFiles, topicCatalog } from '../../index.js';

// The installation the bundled processes are made for: the bundled rule tables are published.
const bundledRuleTables = new URL('../../../../rules/rule-tables/', import.meta.url);
const bundledRuleTableKeys = readdirSync(bundledRuleTables)
  .filter((name) => name.endsWith('.json'))
  .map((name) => (JSON.parse(readFileSync(new URL(name, bundledRuleTables), 'utf8')) as { key: string }).key);
const context = createLintContext(topicCatalog, bundledRuleTableKeys);

describe('lintBpmn', () => {
  it("every bundled process passes the recommended rules and Lotflow's with no problem at all", async () => {
    const files = await readProcessFiles();
    expect(files.map((file) => file.name)).toContain('incoming-inspection.bpmn');
    for (const file of files) {
      expect({ file: file.name, problems: await lintBpmn(file.content, { context }) }).toEqual({ file: file.name, problems: [] });
    }
  });

  it('given a task with no flows, names the rule and the element', async () => {
    const xml = await readFile(path.join(import.meta.dirname, 'fixtures', 'disconnected-task.bpmn'), 'utf8');
    const problems = await lintBpmn(xml);
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'error', rule: 'no-disconnected', elementId: 'Task_Orphan' }),
    );
  });

  it('given text that is not XML, reports it instead of throwing', async () => {
    const problems = await lintBpmn('<bpmn:definitions><unclosed>');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', rule: 'xml' })]);
    expect(problems[0]?.message).toMatch(/^Not a BPMN 2.0 document/);
  });
});

describe('lintBpmn called many times', () => {
  it('judges each document on its own, not against the ones linted before', async () => {
    const [file] = await readProcessFiles();
    await lintBpmn(file!.content, { context });
    expect(await lintBpmn(file!.content, { context })).toEqual([]);
  });
});
