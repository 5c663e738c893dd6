import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compileRuleSet, type CompiledRuleSet } from './compile-rule-set.js';
import { parseRuleSet } from './parse-rule-set.js';
import { RuleSetInvalidError, RuleSetNotFoundError } from './rule-set.errors.js';

const keyPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

interface CacheEntry {
  modifiedAt: number;
  size: number;
  compiled: CompiledRuleSet;
}

/**
 * Rule sets read from a folder of `<key>.json` files. Each version is parsed and compiled once;
 * a changed file is picked up at the next evaluation, so publishing needs no restart.
 */
export class RuleSetRepository {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(readonly directory: string) {}

  async get(key: string): Promise<CompiledRuleSet> {
    if (!keyPattern.test(key)) throw new RuleSetNotFoundError(key, this.directory);
    const file = path.join(this.directory, `${key}.json`);
    const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') throw new RuleSetNotFoundError(key, this.directory);
      throw error;
    });
    const cached = this.cache.get(key);
    if (cached && cached.modifiedAt === info.mtimeMs && cached.size === info.size) return cached.compiled;

    const ruleSet = parseRuleSet(await readFile(file, 'utf8'), `'${key}' (${file})`);
    if (ruleSet.key !== key) {
      throw new RuleSetInvalidError(ruleSet.source, [
        { pointer: '/key', message: `must equal the file name '${key}'`, keyword: 'const' },
      ]);
    }
    const compiled = cached?.compiled.ruleSet.version === ruleSet.version ? cached.compiled : compileRuleSet(ruleSet);
    this.cache.set(key, { modifiedAt: info.mtimeMs, size: info.size, compiled });
    return compiled;
  }
}
