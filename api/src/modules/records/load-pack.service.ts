import type { Pack } from '@lotflow/dictionary';
import type { ArtifactService } from '../artifacts/artifact.service.js';
import { RecordEntity } from './record.entity.js';
import type { RecordService } from './record.service.js';
import type { DataSource } from 'typeorm';

export interface PackLoadResult {
  typesPublished: Array<{ key: string; version: number }>;
  recordsCreated: number;
  recordsPresent: number;
}

/**
 * Brings a dictionary pack in: publishes each type whose definition changed (in dependency
 * order), then creates the pack's records that do not exist yet. Safe to run at every start.
 */
export async function loadPackIntoDatabase(
  pack: Pack,
  dependencies: { dataSource: DataSource; dictionaryTypes: ArtifactService; records: RecordService },
  actor: string,
): Promise<PackLoadResult> {
  const result: PackLoadResult = { typesPublished: [], recordsCreated: 0, recordsPresent: 0 };
  for (const type of pack.types) {
    const content = { ...type } as Record<string, unknown>;
    delete content.$schema;
    const published = await dependencies.dictionaryTypes.publishIfChanged(type.key, content, 'Medical-device pack', actor);
    if (published) result.typesPublished.push({ key: published.key, version: published.version });
  }
  const existing = new Set((await dependencies.dataSource.getRepository(RecordEntity).find({ select: { code: true } })).map((record) => record.code));
  for (const record of pack.records) {
    if (existing.has(record.code)) {
      result.recordsPresent += 1;
      continue;
    }
    await dependencies.records.create(record.type, { values: record.values, actor, locale: 'en', reason: 'Medical-device pack demo data' });
    result.recordsCreated += 1;
  }
  return result;
}
