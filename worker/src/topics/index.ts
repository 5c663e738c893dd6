import type { Kernel } from '@lotflow/api';
import type { TaskHandler } from '../task-runner/task-handler.js';
import { assignNumberHandler } from './assign-number/assign-number.handler.js';
import { createRecordHandler } from './create-record/create-record.handler.js';
import { evaluateRuleSetHandler } from './evaluate-rule-set/evaluate-rule-set.handler.js';
import type { RuleTableSource } from './evaluate-rule-set/rule-table.source.js';
import { linkRecordsHandler } from './link-records/link-records.handler.js';
import { readRecordHandler } from './read-record/read-record.handler.js';
import { renderDocumentHandler } from './render-document/render-document.handler.js';
import { postMovementsHandler } from './post-movements/post-movements.handler.js';
import { reserveStockHandler } from './reserve-stock/reserve-stock.handler.js';
import { sendIntegrationMessageHandler } from './send-integration-message/send-integration-message.handler.js';
import { setLotStatusHandler } from './set-lot-status/set-lot-status.handler.js';
import { updateRecordHandler } from './update-record/update-record.handler.js';

/** The worker's topic catalog: every topic it serves, with its parameters, in the catalog's order. */
export function createTopicCatalog(dependencies: { ruleTables: RuleTableSource; kernel: Kernel; timeZone: string }): TaskHandler[] {
  const { kernel } = dependencies;
  return [
    evaluateRuleSetHandler(dependencies.ruleTables, { timeZone: dependencies.timeZone }),
    createRecordHandler(kernel),
    updateRecordHandler(kernel),
    readRecordHandler(kernel),
    assignNumberHandler(kernel),
    postMovementsHandler(kernel),
    reserveStockHandler(kernel),
    setLotStatusHandler(kernel),
    linkRecordsHandler(kernel),
    sendIntegrationMessageHandler(kernel),
    renderDocumentHandler(kernel),
  ];
}
