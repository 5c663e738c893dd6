import type { Locale, LocalizedText, RecordIssue, TypeDefinition } from '@lotflow/dictionary';
import { In, type DataSource } from 'typeorm';
import type { PublishedArtifactReader } from '../artifacts/published-artifact.reader.js';
import { RecordEntity, type StoredRecord } from '../records/record.entity.js';
import type { RecordService } from '../records/record.service.js';
import { collectReadings, holdsReadings, type CharacteristicDescription } from './collect-readings.js';
import { duplicateRules, findLikelyDuplicates, nameSimilarityThreshold, type DuplicatePair, type DuplicateReason } from './find-likely-duplicates.js';
import { findOutlyingReadings, outlierRule, type CharacteristicCheck, type OutlyingReading, type Reading } from './find-outlying-readings.js';
import { labelFieldPath } from './utils/label-field-path.util.js';

export const duplicateTypes = duplicateRules.map((rule) => rule.type);

type LabelledReason = DuplicateReason & { label: LocalizedText; otherLabel?: LocalizedText };

export interface DuplicateReport {
  threshold: number;
  pairs: Array<Omit<DuplicatePair, 'reasons'> & { typeLabel: LocalizedText; reasons: LabelledReason[] }>;
}

export interface OutlierReport {
  minimumValues: number;
  threshold: number;
  characteristics: Array<CharacteristicCheck & Omit<CharacteristicDescription, 'key'> & { inspectionPointName?: string }>;
  outliers: OutlyingReading[];
}

export interface SchemaFailure {
  type: string;
  typeLabel: LocalizedText;
  code: string;
  /** The type version the record was written with, and the one in force now. */
  writtenWithVersion: number;
  currentVersion: number;
  updatedAt: string;
  issues: RecordIssue[];
}

const pageSize = 500;

/**
 * The data-quality checks over the records as they are now: likely duplicates, outlying inspection
 * readings and records the current version of their type would refuse. Reads only.
 */
export class DataQualityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: RecordService,
    private readonly publishedTypes: PublishedArtifactReader,
  ) {}

  async duplicates(types: readonly string[]): Promise<DuplicateReport> {
    const published = new Set(await this.publishedTypeKeys());
    const pairs: DuplicateReport['pairs'] = [];
    for (const rule of duplicateRules.filter((candidate) => types.includes(candidate.type) && published.has(candidate.type))) {
      const { type } = await this.records.publishedType(rule.type);
      const stored = await this.recordsOf(rule.type);
      for (const pair of findLikelyDuplicates(rule, stored)) {
        pairs.push({
          ...pair,
          typeLabel: type.label,
          reasons: pair.reasons.map((reason) => ({
            ...reason,
            label: labelFieldPath(type, reason.field),
            ...(reason.kind === 'similar-name' ? { otherLabel: labelFieldPath(type, reason.otherField) } : {}),
          })),
        });
      }
    }
    return { threshold: nameSimilarityThreshold, pairs: pairs.sort((a, b) => b.score - a.score) };
  }

  async outliers(): Promise<OutlierReport> {
    const readings: Reading[] = [];
    const descriptions = new Map<string, CharacteristicDescription>();
    for (const type of await this.latestTypes()) {
      if (!holdsReadings(type)) continue;
      const collected = collectReadings(type, await this.recordsOf(type.key));
      readings.push(...collected.readings);
      for (const [key, description] of collected.characteristics) descriptions.set(key, description);
    }
    const { characteristics, outliers } = findOutlyingReadings(readings);
    const points = [...new Set([...descriptions.values()].flatMap((description) => (description.inspectionPoint ? [description.inspectionPoint] : [])))];
    const pointRecords = points.length === 0 ? [] : await this.dataSource.getRepository(RecordEntity).find({ where: { code: In(points) }, select: { code: true, values: true } });
    const pointValues = new Map(pointRecords.map((record) => [record.code, record.values]));
    return {
      ...outlierRule,
      characteristics: characteristics.map((check) => {
        const { key: _key, ...description } = descriptions.get(check.key)!;
        const point = description.inspectionPoint ? pointValues.get(description.inspectionPoint) : undefined;
        // An inspection point names its characteristic and unit; a result row's readings have neither.
        const unit = description.unit ?? (typeof point?.unit === 'string' ? point.unit : undefined);
        return { ...check, ...description, ...(unit ? { unit } : {}), ...(typeof point?.characteristic === 'string' ? { inspectionPointName: point.characteristic } : {}) };
      }),
      outliers,
    };
  }

  /** Records the latest published version of their type would refuse, with each problem in `locale`. */
  async schemaFailures(locale: Locale): Promise<{ checked: number; failures: SchemaFailure[] }> {
    const failures: SchemaFailure[] = [];
    let checked = 0;
    for (const key of await this.publishedTypeKeys()) {
      const { version, type, validate } = await this.records.publishedType(key);
      for (let offset = 0; ; offset += pageSize) {
        const page = await this.dataSource.getRepository(RecordEntity).find({ where: { typeKey: key }, order: { code: 'ASC' }, skip: offset, take: pageSize });
        for (const record of page) {
          checked += 1;
          const result = validate(record.values, locale);
          if (!result.ok) failures.push(this.failure(type, version, record, result.issues));
        }
        if (page.length < pageSize) break;
      }
    }
    return { checked, failures };
  }

  private failure(type: TypeDefinition, version: number, record: StoredRecord, issues: RecordIssue[]): SchemaFailure {
    return { type: type.key, typeLabel: type.label, code: record.code, writtenWithVersion: record.typeVersion, currentVersion: version, updatedAt: record.updatedAt.toISOString(), issues };
  }

  private async latestTypes(): Promise<TypeDefinition[]> {
    const types: TypeDefinition[] = [];
    for (const key of await this.publishedTypeKeys()) types.push((await this.records.publishedType(key)).type);
    return types;
  }

  private async publishedTypeKeys(): Promise<string[]> {
    return (await this.publishedTypes.allLatest('dictionary-type')).map((version) => version.key);
  }

  private async recordsOf(typeKey: string): Promise<Array<{ code: string; values: Record<string, unknown> }>> {
    return this.dataSource.getRepository(RecordEntity).find({ where: { typeKey }, select: { code: true, values: true }, order: { code: 'ASC' } });
  }
}
