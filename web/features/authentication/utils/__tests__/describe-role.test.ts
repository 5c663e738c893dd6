import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../shared/i18n/create-translator';
import { describeRole } from '../describe-role';

describe('describeRole', () => {
  it('given a role the catalogs know, then it is named in the person’s language', () => {
    expect(describeRole('qa', createTranslator('en'))).toBe('Quality assurance');
    expect(describeRole('qa', createTranslator('zh-CN'))).toBe('质量保证');
  });

  it('given a role added to the api after this release, then its code is shown', () => {
    expect(describeRole('supplier-auditor', createTranslator('en'))).toBe('supplier-auditor');
  });

  it('given a role code that names an Object property, then its code is shown', () => {
    expect(describeRole('constructor', createTranslator('en'))).toBe('constructor');
  });
});
