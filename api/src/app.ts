import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Config } from './config/config.schema.js';
import { databaseType } from './database/data-source.js';
import { EngineClient } from './engine-client/engine-client.js';
import { RouteNotFoundError } from './http/lotflow-error.js';
import { problemHandler } from './http/problem-details.js';
import { DeploymentService } from './modules/deployments/deployment.service.js';
import { deploymentRouter } from './modules/deployments/deployment.controller.js';
import { healthRouter } from './modules/health/health.controller.js';
import { OperationsService } from './modules/operations/operations.service.js';
import { operationsRouter } from './modules/operations/operations.controller.js';
import { processInstanceRouter } from './modules/process-instances/process-instance.controller.js';
import { ProcessStartService } from './modules/process-starts/process-start.service.js';
import { processStartRouter } from './modules/process-starts/process-start.controller.js';
import { ProcessService } from './modules/processes/process.service.js';
import { processRouter } from './modules/processes/process.controller.js';
import { AuditTrail } from './modules/audit/audit-trail.service.js';
import { auditRouter } from './modules/audit/audit.controller.js';
import { requireAuthentication } from './modules/identity/authentication.middleware.js';
import { identityRouter } from './modules/identity/identity.controller.js';
import { IdentityService } from './modules/identity/identity.service.js';
import type { ArtifactKindDefinition, ValidationContext } from './modules/artifacts/artifact-kinds.js';
import { PublishedArtifactReader } from './modules/artifacts/published-artifact.reader.js';
import type { TypeDefinition } from '@lotflow/dictionary';
import { artifactRouter } from './modules/artifacts/artifact.controller.js';
import { ArtifactService } from './modules/artifacts/artifact.service.js';
import { processModelKind } from './modules/artifacts/process-model.kind.js';
import { ruleTableKind } from './modules/artifacts/rule-table.kind.js';
import { dictionaryTypeKind } from './modules/artifacts/dictionary-type.kind.js';
import { loadPack } from '@lotflow/dictionary';
import { recordRouter } from './modules/records/record.controller.js';
import { RecordService } from './modules/records/record.service.js';
import { loadPackIntoDatabase } from './modules/records/load-pack.service.js';
import { currentUser, requireRole } from './modules/identity/authentication.middleware.js';
import { ruleTableRouter } from './modules/rule-tables/rule-table.controller.js';
import { createOpenApiDocument } from './openapi/openapi-document.js';
import { SignatureService } from './modules/signatures/signature.service.js';
import { TaskInboxService } from './modules/tasks/task-inbox.service.js';
import { taskRouter } from './modules/tasks/task.controller.js';
import { udiRouter } from './modules/udi/udi.controller.js';
import { elementTemplateRouter } from './modules/element-templates/element-template.controller.js';
import { ElementTemplateService } from './modules/element-templates/element-template.service.js';
import { createLintContext, topicCatalog } from '@lotflow/processes';
import { IntegrationEndpointService } from './modules/integrations/integration-endpoint.service.js';
import { Outbox } from './modules/integrations/outbox.service.js';
import { OutboxDelivery } from './modules/integrations/outbox-delivery.js';
import { InboundEventService } from './modules/integrations/inbound-event.service.js';
import { inboundEventRouter, integrationRouter } from './modules/integrations/integration.controller.js';
import { inventoryRouter } from './modules/inventory/inventory.controller.js';
import { InventoryService } from './modules/inventory/inventory.service.js';
import { traceRouter } from './modules/traceability/trace.controller.js';
import { TraceService } from './modules/traceability/trace.service.js';
import { RecallDrillReportService } from './modules/traceability/recall-drill-report.service.js';
import { demoHistoryRouter } from './modules/demo-history/demo-history.controller.js';
import { DemoHistoryService } from './modules/demo-history/demo-history.service.js';
import { documentRouter } from './modules/documents/document.controller.js';
import { createDocumentService } from './modules/documents/create-document-service.js';
import { kpiRouter } from './modules/kpis/kpi.controller.js';
import { KpiService } from './modules/kpis/kpi.service.js';
import { dataQualityRouter } from './modules/data-quality/data-quality.controller.js';
import { DataQualityService } from './modules/data-quality/data-quality.service.js';
import { SnapshotService } from './modules/data-quality/snapshot.service.js';
import { SnapshotScheduler } from './modules/data-quality/snapshot-scheduler.js';

export const apiVersion = '0.1.0';

/** The kinds of artifact that share the draft → published life cycle. */
export const artifactKinds: ArtifactKindDefinition[] = [dictionaryTypeKind, ruleTableKind, processModelKind];

export interface App {
  app: Express;
  engine: EngineClient;
  deployments: DeploymentService;
  identity: IdentityService;
  audit: AuditTrail;
  artifacts: Map<ArtifactKindDefinition['kind'], ArtifactService>;
  records: RecordService;
  signatures: SignatureService;
  inbox: TaskInboxService;
  /** Services enqueue MES/WMS/LIMS messages in their own transactions. */
  outbox: Outbox;
  /** Started and stopped by startApi. */
  outboxDelivery: OutboxDelivery;
  /** Started and stopped by startApi. */
  snapshotScheduler: SnapshotScheduler;
}

export function createApp(config: Config, dataSource: DataSource, logger: Logger): App {
  const engine = new EngineClient({
    url: config.ENGINE_REST_URL,
    timeoutMs: config.ENGINE_TIMEOUT_MS,
    ...(config.ENGINE_REST_USER ? { user: config.ENGINE_REST_USER, password: config.ENGINE_REST_PASSWORD ?? '' } : {}),
  });
  const audit = new AuditTrail(dataSource);
  const identity = new IdentityService(dataSource, audit, config.SESSION_TTL_MINUTES);
  const deployments = new DeploymentService(dataSource, engine, audit, config.PROCESSES_DIR);
  const processes = new ProcessService(engine, deployments);
  const publishedTypes = new PublishedArtifactReader(dataSource);
  const validationContext: ValidationContext = {
    async publishedDictionaryTypes() {
      return (await publishedTypes.allLatest('dictionary-type')).map((version) => version.content as TypeDefinition);
    },
    async lintContext() {
      const [ruleTables, dictionaryTypes] = await Promise.all([publishedTypes.allLatest('rule-table'), publishedTypes.allLatest('dictionary-type')]);
      return createLintContext(
        topicCatalog,
        ruleTables.map((version) => version.key),
        dictionaryTypes.map((version) => version.key),
      );
    },
  };
  const artifacts = new Map(artifactKinds.map((kind) => [kind.kind, new ArtifactService(dataSource, audit, kind, validationContext)]));
  const pack = loadPack();
  const records = new RecordService(dataSource, audit, artifacts.get('dictionary-type')!, new Map(pack.sequences.map((sequence) => [sequence.key, sequence])), config.PLANT_TIME_ZONE);

  const signatures = new SignatureService(dataSource, identity, audit);
  const inbox = new TaskInboxService(dataSource, engine, identity, records, signatures, audit);
  const integrationEndpoints = new IntegrationEndpointService(dataSource, audit, config.INTEGRATION_SECRET_KEY);
  const outbox = new Outbox(dataSource, audit);
  const outboxDelivery = new OutboxDelivery(dataSource, integrationEndpoints, {
    intervalMs: config.INTEGRATION_DELIVERY_INTERVAL_MS,
    timeoutMs: config.INTEGRATION_DELIVERY_TIMEOUT_MS,
    maxAttempts: config.INTEGRATION_MAX_ATTEMPTS,
    backoffMs: config.INTEGRATION_RETRY_BACKOFF_MS,
    backoffMaxMs: config.INTEGRATION_RETRY_BACKOFF_MAX_MS,
    userAgent: `Lotflow/${apiVersion}`,
  }, logger);
  const snapshots = new SnapshotService(dataSource, audit, records, publishedTypes);
  const snapshotScheduler = new SnapshotScheduler(snapshots, { intervalHours: config.DATA_QUALITY_SNAPSHOT_INTERVAL_HOURS, timeZone: config.PLANT_TIME_ZONE }, logger);
  const inboundEvents = new InboundEventService(dataSource, engine, integrationEndpoints, audit, config.INTEGRATION_SIGNATURE_TOLERANCE_SECONDS, logger);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // Before the JSON parser: the signature covers the raw body. Authenticated by it, not by a session.
  app.use(inboundEventRouter(inboundEvents));
  app.use(express.json({ limit: '10mb' }));
  app.use((request, response, next) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug({ method: request.method, url: request.originalUrl, status: response.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  });
  app.use(healthRouter({ dataSource, databaseType: databaseType(config.DATABASE_URL), engine, version: apiVersion }));
  const openApi = createOpenApiDocument(apiVersion, artifactKinds);
  app.get('/openapi.json', (_request, response) => {
    response.json(openApi);
  });
  app.use(identityRouter(identity, { secureCookies: config.COOKIE_SECURE }));
  // Everything below needs a signed-in user.
  app.use(requireAuthentication(identity));
  app.use(auditRouter(audit));
  app.use(deploymentRouter(deployments));
  app.use(ruleTableRouter(artifacts.get('rule-table')!, validationContext));
  app.post('/dictionary/pack/load', requireRole('data-steward'), async (request, response) => {
    const result = await loadPackIntoDatabase(pack, { dataSource, dictionaryTypes: artifacts.get('dictionary-type')!, records }, currentUser(request).username);
    response.status(result.typesPublished.length + result.recordsCreated > 0 ? 201 : 200).json(result);
  });
  app.use(recordRouter(records, signatures));
  app.use(taskRouter(inbox));
  app.use(udiRouter());
  const inventory = new InventoryService(dataSource, audit, records, config.PLANT_TIME_ZONE);
  app.use(inventoryRouter(inventory));
  app.use(demoHistoryRouter(new DemoHistoryService(dataSource, records, inventory, signatures, identity, config.PLANT_TIME_ZONE)));
  const documents = createDocumentService(dataSource, audit, signatures, { timeZone: config.PLANT_TIME_ZONE, pdfFontPath: config.PDF_FONT_PATH, logger });
  const traces = new TraceService(dataSource);
  app.use(traceRouter(traces, new RecallDrillReportService(dataSource, traces, audit, documents.printing)));
  app.use(kpiRouter(new KpiService(dataSource, config.PLANT_TIME_ZONE)));
  app.use(documentRouter(documents));
  app.use(dataQualityRouter(new DataQualityService(dataSource, records, publishedTypes), snapshots));
  for (const kind of artifactKinds) app.use(artifactRouter(kind, artifacts.get(kind.kind)!, signatures));
  app.use(processRouter(processes));
  app.use(elementTemplateRouter(new ElementTemplateService(publishedTypes)));
  app.use(processInstanceRouter(dataSource, engine, audit));
  app.use(processStartRouter(new ProcessStartService(dataSource, engine, records, audit)));
  app.use(operationsRouter(new OperationsService(dataSource, engine, audit)));
  app.use(integrationRouter(integrationEndpoints, outbox, inboundEvents));
  app.use((request, _response, next) => next(new RouteNotFoundError(request.method, request.path)));
  app.use(problemHandler(logger));
  return { app, engine, deployments, identity, audit, artifacts, records, signatures, inbox, outbox, outboxDelivery, snapshotScheduler };
}
