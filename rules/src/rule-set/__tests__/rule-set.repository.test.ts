import { mkdtempSync, readFileSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RuleSetInvalidError, RuleSetNotFoundError, RuleSetRepository, bundledRuleSetsDirectory } from '../../index.js';

const dispositionText = readFileSync(path.join(bundledRuleSetsDirectory, 'incoming-inspection-disposition.json'), 'utf8');

describe('RuleSetRepository', () => {
  it('given an unknown or path-like key, reports it as not found', async () => {
    const repository = new RuleSetRepository(bundledRuleSetsDirectory);
    await expect(repository.get('no-such-rules')).rejects.toThrow(RuleSetNotFoundError);
    await expect(repository.get('../package')).rejects.toThrow(RuleSetNotFoundError);
  });

  it('when the file changes, evaluates the new version without a restart', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'lotflow-rules-'));
    const file = path.join(directory, 'incoming-inspection-disposition.json');
    writeFileSync(file, dispositionText);
    const repository = new RuleSetRepository(directory);
    const before = await repository.get('incoming-inspection-disposition');

    writeFileSync(file, dispositionText.replace('"value": 0.145', '"value": 0.140'));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const after = await repository.get('incoming-inspection-disposition');

    expect(after.ruleSet.version).not.toBe(before.ruleSet.version);
    const facts = { leakTestResult: 'pass', supplierApprovalStatus: 'approved', tubingOuterDiameterIn: 0.1445 };
    expect((await before.evaluate(facts)).outputs.disposition).toBe('reject');
    expect((await after.evaluate(facts)).outputs.disposition).toBe('hold');
  });

  it('when the key inside the file differs from its name, refuses it', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'lotflow-rules-'));
    writeFileSync(path.join(directory, 'renamed.json'), dispositionText);
    await expect(new RuleSetRepository(directory).get('renamed')).rejects.toThrow(
      new RuleSetInvalidError(`'renamed' (${path.join(directory, 'renamed.json')})`, [
        { pointer: '/key', message: "must equal the file name 'renamed'", keyword: 'const' },
      ]).message,
    );
  });
});
