import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { DeploymentEntity, DeploymentResourceEntity } from '../modules/deployments/deployment.entity.js';
import { AuditEventEntity, AuditHeadEntity } from '../modules/audit/audit-event.entity.js';
import { SessionEntity, UserEntity } from '../modules/identity/identity.entity.js';
import { CreateDeployment1764000000000 } from './migrations/1764000000000-create-deployment.js';
import { CreateIdentityAndAudit1764000100000 } from './migrations/1764000100000-create-identity-and-audit.js';
import { CreateArtifactVersion1764000200000 } from './migrations/1764000200000-create-artifact-version.js';
import { CreateSequenceCounter1764000300000 } from './migrations/1764000300000-create-sequence-counter.js';
import { CreateRecord1764000400000 } from './migrations/1764000400000-create-record.js';
import { CreateSignatureAndTaskComment1764000600000 } from './migrations/1764000600000-create-signature-and-task-comment.js';
import { RecordEntity, RecordUniqueValueEntity } from '../modules/records/record.entity.js';
import { ArtifactVersionEntity } from '../modules/artifacts/artifact-version.entity.js';
import { ElectronicSignatureEntity } from '../modules/signatures/electronic-signature.entity.js';
import { TaskCommentEntity } from '../modules/tasks/task-comment.entity.js';
import { InboundEventEntity, IntegrationEndpointEntity, IntegrationMessageEntity } from '../modules/integrations/integration.entity.js';
import { CreateIntegration1764000800000 } from './migrations/1764000800000-create-integration.js';
import { InventoryMovementEntity, InventoryPostingEntity, InventoryReservationEntity, InventoryReservationLineEntity } from '../modules/inventory/inventory.entity.js';
import { TraceLinkEntity } from '../modules/traceability/trace-link.entity.js';
import { CreateInventoryLedger1764000700000 } from './migrations/1764000700000-create-inventory-ledger.js';
import { CreateActionReceipt1764000900000 } from './migrations/1764000900000-create-action-receipt.js';
import { ActionReceiptEntity } from '../modules/action-receipts/action-receipt.entity.js';
import { DocumentEntity } from '../modules/documents/document.entity.js';
import { CreateDocument1764001000000 } from './migrations/1764001000000-create-document.js';
import { AddReservationOverrideSignature1764001100000 } from './migrations/1764001100000-add-reservation-override-signature.js';
import { DataQualitySnapshotEntity } from '../modules/data-quality/data-quality-snapshot.entity.js';
import { CreateDataQualitySnapshot1764001200000 } from './migrations/1764001200000-create-data-quality-snapshot.js';

export const entities = [
  DeploymentEntity, DeploymentResourceEntity, UserEntity, SessionEntity, AuditEventEntity, AuditHeadEntity, ArtifactVersionEntity, RecordEntity, RecordUniqueValueEntity,
  ElectronicSignatureEntity, TaskCommentEntity, InventoryPostingEntity, InventoryMovementEntity, InventoryReservationEntity, InventoryReservationLineEntity, TraceLinkEntity,
  IntegrationEndpointEntity, IntegrationMessageEntity, InboundEventEntity, ActionReceiptEntity, DocumentEntity, DataQualitySnapshotEntity,
];
/** In order; the schema is changed only by migrations, never by `synchronize`. */
export const migrations = [
  CreateDeployment1764000000000, CreateIdentityAndAudit1764000100000, CreateArtifactVersion1764000200000, CreateSequenceCounter1764000300000, CreateRecord1764000400000,
  CreateSignatureAndTaskComment1764000600000, CreateInventoryLedger1764000700000, CreateIntegration1764000800000, CreateActionReceipt1764000900000, CreateDocument1764001000000,
  AddReservationOverrideSignature1764001100000, CreateDataQualitySnapshot1764001200000,
];

export type DatabaseType = 'sqlite' | 'mysql';

export function databaseType(databaseUrl: string): DatabaseType {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'mysql';
}

/** `sqlite:<file>` for the embedded default, `mysql://…` (MySQL 8 or MariaDB) for a server. */
export function createDataSource(databaseUrl: string): DataSource {
  const common = { entities, migrations, synchronize: false, migrationsRun: false, logging: false } as const;
  let options: DataSourceOptions;
  if (databaseType(databaseUrl) === 'sqlite') {
    const file = databaseUrl.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: file,
      // WAL lets the api read while a migration or a long write runs; foreign keys are off by default in SQLite.
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  } else {
    options = {
      ...common,
      type: 'mysql',
      url: databaseUrl.replace(/^mariadb:/, 'mysql:'),
      charset: 'utf8mb4_unicode_ci',
      timezone: 'Z',
      poolSize: 10,
    };
  }
  return new DataSource(options);
}

/**
 * Connects and brings the schema up to date; returns the migrations it ran. Services that only
 * read what the api owns (the worker) pass `migrate: false`.
 */
export async function openDatabase(databaseUrl: string, options: { migrate?: boolean } = {}): Promise<{ dataSource: DataSource; applied: string[] }> {
  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  const applied = options.migrate === false ? [] : await dataSource.runMigrations({ transaction: 'each' });
  return { dataSource, applied: applied.map((migration) => migration.name) };
}
