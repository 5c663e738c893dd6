// What other services share with the api: the database and the domain code that reads it.
export { openDatabase, databaseType } from './database/data-source.js';
export { PublishedArtifactReader } from './modules/artifacts/published-artifact.reader.js';
export type { ArtifactKind, ArtifactVersion } from './modules/artifacts/artifact-version.entity.js';
export { databaseUrlPattern } from './config/config.schema.js';
export { buildUdi, parseUdi, gs1CheckDigit, UdiError } from './modules/udi/gs1-udi.js';
export type { Udi, UdiIssue } from './modules/udi/gs1-udi.js';
export { enqueueIntegrationMessage, type OutgoingMessage } from './modules/integrations/enqueue-integration-message.js';
export { createKernel, type Kernel, type KernelOptions } from './kernel.js';
export { documentKinds, type DocumentKind } from './modules/documents/document-model.js';
export { ActionRequestChangedError, hashActionRequest, once } from './modules/action-receipts/once.js';
export { ConflictError, NotFoundError, RequestInvalidError } from './http/lotflow-error.js';
export { postMovementsBodySchema, reserveBodySchema } from './modules/inventory/inventory.controller.js';
export type { MovementInput, LinkInput, PostingResult, ReservationRequest, ReservationView } from './modules/inventory/inventory.service.js';
export type { StoredRecord } from './modules/records/record.entity.js';
