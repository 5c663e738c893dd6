import type { PublishedArtifactReader } from '@lotflow/api';
import { RuleTableCache, parseRuleTable, type CompiledRuleTable } from '@lotflow/rules';
import { NonRetryableError } from '../../task-runner/task-handler.js';
import type { ProcessStartTimes } from './process-start-times.js';

export type VersionChoice = { pinned: true } | { pinned: false; version: number | 'latest' };

export interface ResolvedTable {
  version: number;
  compiled: CompiledRuleTable;
}

/**
 * Published rule tables, compiled once per version. By default a process evaluates the version
 * that was in force when it started, so publishing a new version never changes a running lot.
 */
export class RuleTableSource {
  private readonly cache = new RuleTableCache();

  constructor(
    private readonly reader: PublishedArtifactReader,
    private readonly startTimes: ProcessStartTimes,
  ) {}

  async resolve(key: string, processInstanceId: string, choice: VersionChoice): Promise<ResolvedTable> {
    const stored = choice.pinned
      ? await this.reader.inForceAt('rule-table', key, await this.startTimes.of(processInstanceId))
      : await this.reader.find('rule-table', key, choice.version);
    if (!stored) {
      const which = choice.pinned ? 'no version was published' : choice.version === 'latest' ? 'no version is published' : `version ${choice.version} does not exist`;
      throw new NonRetryableError(`Rule table '${key}': ${which}. Publish it in the rule table editor, then retry the incident.`);
    }
    const table = parseRuleTable(stored.content, `'${key}' version ${stored.version}`);
    return { version: stored.version, compiled: this.cache.get(table) };
  }
}
