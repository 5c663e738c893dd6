import { array, count, flag, isoDateTime, nullable, object, oneOf, text } from './shape';

/**
 * The shapes the api's artifact life cycle answers with, the same for process models, rule tables
 * and dictionary types (`/process-models`, `/rule-tables`, `/dictionary/types`).
 */

/** One row of an artifact list: its latest published version and whether a draft waits. */
export const artifactSummaryShape = object({
  key: text(),
  latestVersion: nullable(count()),
  latestPublishedAt: nullable(isoDateTime()),
  hasDraft: flag(),
});

export const artifactListShape = object({ items: array(artifactSummaryShape) });

/** A version's fields, without its content (each kind adds its own content shape). */
export const artifactVersionFields = {
  key: text(),
  /** 0 is the draft; published versions count from 1. */
  version: count(),
  status: oneOf('draft', 'published', 'superseded'),
  contentHash: text(),
  createdBy: text(),
  createdAt: isoDateTime(),
  publishedBy: nullable(text()),
  publishedAt: nullable(isoDateTime()),
  reason: nullable(text()),
  basedOnVersion: nullable(count()),
};
