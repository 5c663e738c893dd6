'use server';

import { createLintContext, type LotflowLintContext } from '@lotflow/processes/lint-rules';
import { topicCatalog } from '@lotflow/processes/topic-catalog';
import type { ApiResult } from '../../../shared/api/api-client';
import { readApiBaseUrl } from '../../../shared/api/read-api-base-url';
import { readSessionToken } from '../../../shared/session/read-session-token';
import type { ElementTemplate } from '../api/element-template.shape';
import { getElementTemplates } from '../api/get-element-templates';
import { getPublishedRuleTables } from '../api/get-published-rule-tables';

export interface StepCatalog {
  readonly templates: readonly ElementTemplate[];
  /** What Lotflow's lint rules check against: the workers' topics and the published rule tables. */
  readonly lintContext: LotflowLintContext;
}

/** The low-code steps and the lint context, as the api knows them now. */
export async function loadStepCatalogAction(): Promise<ApiResult<StepCatalog>> {
  const sessionToken = await readSessionToken();
  if (sessionToken === undefined) {
    return { outcome: 'problem', status: 401, problem: { title: 'Not signed in' } };
  }
  const apiBaseUrl = readApiBaseUrl();
  const [templates, publishedRuleTables] = await Promise.all([getElementTemplates(apiBaseUrl, sessionToken), getPublishedRuleTables(apiBaseUrl, sessionToken)]);
  if (templates.outcome !== 'ok') {
    return templates;
  }
  if (publishedRuleTables.outcome !== 'ok') {
    return publishedRuleTables;
  }
  return { ...templates, data: { templates: templates.data, lintContext: createLintContext(topicCatalog, publishedRuleTables.data) } };
}
