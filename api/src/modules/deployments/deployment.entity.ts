import { EntitySchema } from 'typeorm';

/** One deployment the api made to the engine: what was sent, its hash, what the engine made of it. */
export interface Deployment {
  id: string;
  engineDeploymentId: string;
  name: string;
  source: 'bundled' | 'upload';
  contentHash: string;
  deployedAt: Date;
  resources?: DeploymentResource[];
}

export interface DeploymentResource {
  id: string;
  deploymentId: string;
  resourceName: string;
  contentHash: string;
  /** Keys of the process definitions this resource produced (JSON array). */
  processKeys: string[];
}

export const DeploymentEntity = new EntitySchema<Deployment>({
  name: 'Deployment',
  tableName: 'deployment',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    engineDeploymentId: { name: 'engine_deployment_id', type: 'varchar', length: 64 },
    name: { type: 'varchar', length: 255 },
    source: { type: 'varchar', length: 16 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    deployedAt: { name: 'deployed_at', type: 'datetime' },
  },
  relations: {
    resources: { type: 'one-to-many', target: 'DeploymentResource', inverseSide: 'deployment' },
  },
});

export const DeploymentResourceEntity = new EntitySchema<DeploymentResource & { deployment?: Deployment }>({
  name: 'DeploymentResource',
  tableName: 'deployment_resource',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    deploymentId: { name: 'deployment_id', type: 'varchar', length: 36 },
    resourceName: { name: 'resource_name', type: 'varchar', length: 255 },
    contentHash: { name: 'content_hash', type: 'varchar', length: 64 },
    processKeys: { name: 'process_keys', type: 'simple-json' },
  },
  relations: {
    deployment: { type: 'many-to-one', target: 'Deployment', joinColumn: { name: 'deployment_id' }, inverseSide: 'resources', onDelete: 'CASCADE' },
  },
});
