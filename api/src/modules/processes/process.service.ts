import type { EngineClient } from '../../engine-client/engine-client.js';
import type { DeploymentService } from '../deployments/deployment.service.js';

export interface ProcessSummary {
  key: string;
  name: string | null;
  version: number;
  id: string;
  deploymentId: string;
  resource: string;
  deployedAt: string | null;
  hash: string | null;
  instances: { running: number; finished: number };
}

export class ProcessService {
  constructor(
    private readonly engine: EngineClient,
    private readonly deployments: DeploymentService,
  ) {}

  /** The latest version of every deployed process, with instance counts over all its versions. */
  async list(): Promise<ProcessSummary[]> {
    const definitions = await this.engine.latestProcessDefinitions();
    const recorded = await this.deployments.findResources([...new Set(definitions.map((definition) => definition.deploymentId))]);
    return Promise.all(
      definitions.map(async (definition) => {
        const [running, finished] = await Promise.all([
          this.engine.countInstances(definition.key, 'running'),
          this.engine.countInstances(definition.key, 'finished'),
        ]);
        const record = recorded.find(
          (resource) => resource.engineDeploymentId === definition.deploymentId && resource.resourceName === definition.resource,
        );
        return {
          key: definition.key,
          name: definition.name,
          version: definition.version,
          id: definition.id,
          deploymentId: definition.deploymentId,
          resource: definition.resource,
          deployedAt: record ? record.deployedAt.toISOString() : null,
          hash: record ? record.contentHash : null,
          instances: { running, finished },
        };
      }),
    );
  }
}
