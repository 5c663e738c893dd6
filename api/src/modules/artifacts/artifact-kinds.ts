import type { TypeDefinition, ValidationIssue } from '@lotflow/dictionary';
import type { LotflowLintContext } from '@lotflow/processes';
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
  /** Publishing (and rolling back) this kind is an electronic signature with this meaning (21 CFR 11.50). */
  signatureMeaning?: 'rule-publication';
  /** Every issue found; those of severity `error` (or none given) block publishing. */
  validate(content: unknown, key: string, context: ValidationContext): Promise<ArtifactIssue[]>;
}

/** A problem in an artifact; warnings and information are shown but do not block publishing. */
export interface ArtifactIssue extends ValidationIssue {
  severity?: 'error' | 'warning' | 'info';
  /** Bilingual text when the check has it. */
  messages?: { en: string; 'zh-CN': string };
}

/** What a validator may consult besides the content: the published dictionary, rule tables and the workers' topics. */
export interface ValidationContext {
  publishedDictionaryTypes(): Promise<TypeDefinition[]>;
  /** The workers' topics and the published rule tables, for Lotflow's lint rules. */
  lintContext(): Promise<LotflowLintContext>;
}

export function isBlocking(issue: ArtifactIssue): boolean {
  return issue.severity === undefined || issue.severity === 'error';
}

export type ArtifactKindRegistry = ReadonlyMap<ArtifactKind, ArtifactKindDefinition>;
