import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetInvalidError, parseRuleSet } from '../../index.js';

const invalidDirectory = path.join(import.meta.dirname, 'fixtures', 'invalid');
const invalidFiles = readdirSync(invalidDirectory).filter((name) => name.endsWith('.json'));

describe('parseRuleSet on malformed files', () => {
  it.each(invalidFiles)('given %s, names every problem with its location', (file) => {
    const text = readFileSync(path.join(invalidDirectory, file), 'utf8');
    const expected = readFileSync(path.join(invalidDirectory, file.replace('.json', '.expected.txt')), 'utf8')
      .trim()
      .split('\n');

    const error = captureError(() => parseRuleSet(text, file));

    expect(error).toBeInstanceOf(RuleSetInvalidError);
    expect(error.message).toContain(`Rule set ${file} is invalid`);
    for (const line of expected) expect(error.message).toContain(line);
    expect((error as RuleSetInvalidError).issues).toHaveLength(expected.length);
  });
});

describe('parseRuleSet on the bundled rule sets', () => {
  const bundled = path.join(import.meta.dirname, '..', '..', '..', 'rule-sets');
  it.each(readdirSync(bundled))('%s is valid and versioned by its content', (file) => {
    const text = readFileSync(path.join(bundled, file), 'utf8');
    const ruleSet = parseRuleSet(text, file);
    expect(`${ruleSet.key}.json`).toBe(file);
    expect(ruleSet.version).toMatch(/^[0-9a-f]{64}$/);
    expect(parseRuleSet(`${text}\n`, file).version).not.toBe(ruleSet.version);
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
