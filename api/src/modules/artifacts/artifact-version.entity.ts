import { EntitySchema } from 'typeorm';

/** What an analyst publishes: a dictionary type, a rule table or a process model. */
export const artifactKinds = ['dictionary-type', 'rule-table', 'process-model'] as const;
export type ArtifactKind = (typeof artifactKinds)[number];
export type ArtifactStatus = 'draft' | 'published' | 'superseded';

/**
 * One version of an artifact. The draft is version 0 (one per artifact, editable); published
 * versions are numbered from 1, immutable and content-hashed; publishing supersedes the one before.
 */
export interface ArtifactVersion {
  id: string;
  kind: ArtifactKind;
  key: string;
  version: number;
  status: ArtifactStatus;
  content: unknown;
  contentHash: string;
  createdBy: string;
  createdAt: Date;
  publishedBy: string | null;
  publishedAt: Date | null;
  reason: string | null;
  /** For a rollback: the version whose content was published again. */
  basedOnVersion: number | null;
}

export const ArtifactVersionEntity = new EntitySchema<ArtifactVersion>({
  name: 'ArtifactVersion',
  tableName: 'artifact_version',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    kind: { type: 'varchar', length: 32 },
    key: { name: 'artifact_key', type: 'varchar', length: 80 },
    version: { type: 'integer' },
    status: { type: 'varchar', length: 16 },
    content: { type: 'simple-json' },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    createdBy: { name: 'created_by', type: 'varchar', length: 64 },
    createdAt: { name: 'created_at', type: 'datetime', precision: 3 },
    publishedBy: { name: 'published_by', type: 'varchar', length: 64, nullable: true },
    publishedAt: { name: 'published_at', type: 'datetime', precision: 3, nullable: true },
    reason: { type: 'text', nullable: true },
    basedOnVersion: { name: 'based_on_version', type: 'integer', nullable: true },
  },
});
