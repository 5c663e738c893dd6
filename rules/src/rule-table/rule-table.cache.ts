import { compileRuleTable, type CompiledRuleTable } from './compile-rule-table.js';
import type { RuleTable } from './rule-table.types.js';

/**
 * Compiled tables by key and version: a version is compiled to its Engine once and shared by
 * every evaluation. Running processes may pin older versions, so several stay; past `capacity`
 * the least recently used one is dropped (and compiled again if it is asked for).
 */
export class RuleTableCache {
  private readonly compiled = new Map<string, CompiledRuleTable>();

  constructor(readonly capacity = 100) {}

  get(table: RuleTable): CompiledRuleTable {
    const key = `${table.key}@${table.version}`;
    const cached = this.compiled.get(key);
    if (cached) {
      // Re-inserting keeps the Map's order least → most recently used.
      this.compiled.delete(key);
      this.compiled.set(key, cached);
      return cached;
    }
    const compiled = compileRuleTable(table);
    this.compiled.set(key, compiled);
    if (this.compiled.size > this.capacity) this.compiled.delete(this.compiled.keys().next().value!);
    return compiled;
  }

  get size(): number {
    return this.compiled.size;
  }
}
