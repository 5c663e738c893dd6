import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleTableInvalidError, bundledRuleTablesDirectory, parseRuleTable } from '../../index.js';
import { tableDocument } from './table-builder.js';

const invalidDirectory = path.join(import.meta.dirname, 'fixtures', 'invalid-tables');
const invalidFiles = readdirSync(invalidDirectory).filter((name) => name.endsWith('.json'));

describe('parseRuleTable on malformed tables', () => {
  it.each(invalidFiles)('given %s, names every problem by row and column with a fix', (file) => {
    const text = readFileSync(path.join(invalidDirectory, file), 'utf8');
    const expected = readFileSync(path.join(invalidDirectory, file.replace('.json', '.expected.txt')), 'utf8').trim().split('\n');

    const error = captureError(() => parseRuleTable(text, file));

    expect(error).toBeInstanceOf(RuleTableInvalidError);
    expect(error.message).toContain(`Rule table ${file} is invalid`);
    for (const line of expected) expect(error.message).toContain(line);
    expect((error as RuleTableInvalidError).issues).toHaveLength(expected.length);
  });
});

describe('parseRuleTable on the bundled tables', () => {
  it.each(readdirSync(bundledRuleTablesDirectory))('given %s, then it is valid and named after its file', (file) => {
    const table = parseRuleTable(readFileSync(path.join(bundledRuleTablesDirectory, file), 'utf8'), file);

    expect(`${table.key}.json`).toBe(file);
    expect(table.version).toMatch(/^[0-9a-f]{64}$/);
    expect(table.rows.every((row) => row.parsedCells.length === table.inputs.length)).toBe(true);
  });
});

describe('table version', () => {
  const document = tableDocument({
    hitPolicy: 'FIRST',
    inputs: [{ id: 'od', type: 'number' }],
    outputs: [{ name: 'disposition', type: 'string' }],
    rows: [{ id: 'in-tolerance', cells: ['[0.145..0.155]'], outputs: { disposition: 'accept' } }],
  });
  const version = parseRuleTable(document, 'original').version;

  it('given the same table with other formatting, key order and $schema, then the version is the same', () => {
    const reordered = Object.fromEntries(Object.entries({ ...document, $schema: '../schema.json' }).reverse());
    expect(parseRuleTable(JSON.stringify(reordered, null, 4), 'reformatted').version).toBe(version);
  });

  it('given one changed cell, then the version changes', () => {
    const changed = { ...document, rows: [{ ...document.rows[0]!, cells: ['[0.145..0.156]'] }] };
    expect(parseRuleTable(changed, 'changed').version).not.toBe(version);
  });
});

function captureError(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
