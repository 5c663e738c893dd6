import { LessThanOrEqual, type DataSource } from 'typeorm';
import { ArtifactVersionEntity, type ArtifactKind, type ArtifactVersion } from './artifact-version.entity.js';

/**
 * Reads published versions for the worker and the api alike. Versions are immutable once
 * published, so what it returns may be cached by (key, version).
 */
export class PublishedArtifactReader {
  constructor(private readonly dataSource: DataSource) {}

  /** A published (or superseded) version by number, or the latest published one. */
  async find(kind: ArtifactKind, key: string, version: number | 'latest'): Promise<ArtifactVersion | null> {
    const repository = this.dataSource.getRepository(ArtifactVersionEntity);
    return version === 'latest'
      ? repository.findOne({ where: { kind, key, status: 'published' } })
      : version >= 1
        ? repository.findOne({ where: { kind, key, version } })
        : null;
  }

  /** The latest published version of every artifact of a kind. */
  async allLatest(kind: ArtifactKind): Promise<ArtifactVersion[]> {
    return this.dataSource.getRepository(ArtifactVersionEntity).find({ where: { kind, status: 'published' }, order: { key: 'ASC' } });
  }

  /**
   * The version in force at `at`: the last one published at or before it. A process started
   * before the first publication gets the first version, the only one it could mean.
   */
  async inForceAt(kind: ArtifactKind, key: string, at: Date): Promise<ArtifactVersion | null> {
    const repository = this.dataSource.getRepository(ArtifactVersionEntity);
    const before = await repository.findOne({ where: { kind, key, publishedAt: LessThanOrEqual(at) }, order: { publishedAt: 'DESC', version: 'DESC' } });
    return before ?? repository.findOne({ where: { kind, key }, order: { version: 'ASC' } }).then((first) => (first && first.version >= 1 ? first : null));
  }
}
