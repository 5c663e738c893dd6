import type { ValidationIssue } from '@lotflow/dictionary';
import type { Role } from '../identity/identity.entity.js';
import type { ArtifactKind } from './artifact-version.entity.js';

/**
 * What the life cycle needs to know of one kind of artifact: where it lives in the api, who
 * may change it, and how to check a version before it is published (no issues = publishable).
 */
export interface ArtifactKindDefinition {
  kind: ArtifactKind;
  /** Path under which the api serves it, e.g. `/rule-tables`. */
  path: string;
  /** Singular noun for messages: "rule table". */
  noun: string;
  editRoles: Role[];
  validate(content: unknown, key: string): Promise<ValidationIssue[]>;
}

export type ArtifactKindRegistry = ReadonlyMap<ArtifactKind, ArtifactKindDefinition>;
