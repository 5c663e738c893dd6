import { createHash, randomUUID } from 'node:crypto';
import { lintBpmn, readProcessFiles, type BpmnProblem, type ProcessFile } from '@lotflow/processes';
import type { DataSource } from 'typeorm';
import type { EngineClient, EngineDeployment } from '../../engine-client/engine-client.js';
import { inTransaction } from '../../database/transaction.js';
import { BpmnInvalidError, EngineRejectedError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { DeploymentEntity, DeploymentResourceEntity, type Deployment, type DeploymentResource } from './deployment.entity.js';

export interface DeployInput {
  /** Who deploys: recorded in the audit trail. */
  actor: string;
  name: string;
  source: Deployment['source'];
  resources: ProcessFile[];
}

export interface DeployResult {
  deployment: Deployment;
  /** False when the engine already had exactly these models: nothing new was deployed. */
  changed: boolean;
}

export class DeploymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: EngineClient,
    private readonly audit: AuditTrail,
    private readonly processesDirectory?: string,
  ) {}

  /** Deploys the BPMN files that ship with Lotflow (or PROCESSES_DIR) as one deployment. */
  async deployBundled(actor: string): Promise<DeployResult> {
    const resources = await readProcessFiles(this.processesDirectory);
    return this.deploy({ actor, name: 'lotflow-processes', source: 'bundled', resources });
  }

  /**
   * Lints, deploys and records. Models with lint errors never reach the engine; a model the
   * engine refuses leaves no record; a record is written in one transaction or not at all.
   */
  async deploy(input: DeployInput): Promise<DeployResult> {
    const invalid: Array<{ name: string; problems: BpmnProblem[] }> = [];
    for (const resource of input.resources) {
      const problems = (await lintBpmn(resource.content)).filter((problem) => problem.severity === 'error');
      if (problems.length > 0) invalid.push({ name: resource.name, problems });
    }
    if (invalid.length > 0) throw new BpmnInvalidError(invalid);

    let engineDeployment: EngineDeployment;
    try {
      engineDeployment = await this.engine.deploy({ name: input.name, source: `lotflow-api:${input.source}`, resources: input.resources });
    } catch (error) {
      if (error instanceof EngineRejectedError) throw fromEngineParseError(error, input.resources);
      throw error;
    }

    const existing = await this.findByEngineId(engineDeployment.id);
    if (existing) return { deployment: existing, changed: false };
    const changed = Object.keys(engineDeployment.deployedProcessDefinitions ?? {}).length > 0;
    return { deployment: await this.record(input, engineDeployment), changed };
  }

  async list(limit = 50): Promise<Deployment[]> {
    return this.dataSource.getRepository(DeploymentEntity).find({
      relations: { resources: true },
      order: { deployedAt: 'DESC' },
      take: limit,
    });
  }

  /** What the api recorded for one resource of an engine deployment, if anything. */
  async findResources(engineDeploymentIds: string[]): Promise<Array<DeploymentResource & { engineDeploymentId: string; deployedAt: Date }>> {
    if (engineDeploymentIds.length === 0) return [];
    const deployments = await this.dataSource
      .getRepository(DeploymentEntity)
      .createQueryBuilder('deployment')
      .leftJoinAndSelect('deployment.resources', 'resource')
      .where('deployment.engineDeploymentId IN (:...ids)', { ids: engineDeploymentIds })
      .getMany();
    return deployments.flatMap((deployment) =>
      (deployment.resources ?? []).map((resource) => ({ ...resource, engineDeploymentId: deployment.engineDeploymentId, deployedAt: deployment.deployedAt })),
    );
  }

  private findByEngineId(engineDeploymentId: string): Promise<Deployment | null> {
    return this.dataSource.getRepository(DeploymentEntity).findOne({ where: { engineDeploymentId }, relations: { resources: true } });
  }

  private async record(input: DeployInput, engineDeployment: EngineDeployment): Promise<Deployment> {
    const definitions = Object.values(engineDeployment.deployedProcessDefinitions ?? {});
    const deployment: Deployment = {
      id: randomUUID(),
      engineDeploymentId: engineDeployment.id,
      name: input.name,
      source: input.source,
      contentHash: hashResources(input.resources),
      deployedAt: new Date(engineDeployment.deploymentTime),
    };
    const resources: DeploymentResource[] = input.resources.map((resource) => ({
      id: randomUUID(),
      deploymentId: deployment.id,
      resourceName: resource.name,
      contentHash: sha256(resource.content),
      processKeys: definitions.filter((definition) => definition.resource === resource.name).map((definition) => definition.key),
    }));
    await inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(DeploymentEntity).insert(deployment);
      await manager.getRepository(DeploymentResourceEntity).insert(resources);
      await this.audit.append(manager, {
        actor: input.actor,
        action: 'process.deployed',
        entityType: 'deployment',
        entityId: deployment.engineDeploymentId,
        after: {
          name: deployment.name,
          source: deployment.source,
          contentHash: deployment.contentHash,
          resources: resources.map(({ resourceName, contentHash, processKeys }) => ({ resourceName, contentHash, processKeys })),
        },
      });
    });
    return { ...deployment, resources };
  }
}

function sha256(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** One hash for the set: names and contents, in name order. */
function hashResources(resources: ProcessFile[]): string {
  const hash = createHash('sha256');
  for (const resource of [...resources].sort((a, b) => a.name.localeCompare(b.name))) {
    hash.update(resource.name).update('\0').update(sha256(resource.content)).update('\0');
  }
  return hash.digest('hex');
}

interface EngineParseDetails {
  [resource: string]: { errors?: Array<{ message: string; line?: number; column?: number; mainElementId?: string | null }> };
}

/**
 * The engine's parse errors in the same shape as lint problems: a ParseException names the
 * resource, line and element; an expression the engine cannot parse comes as ENGINE-01009.
 * Anything else the engine refuses is passed on as it is.
 */
function fromEngineParseError(error: EngineRejectedError, resources: ProcessFile[]): BpmnInvalidError | EngineRejectedError {
  const details = error.details as EngineParseDetails | undefined;
  if (error.engineType === 'ParseException' && details) {
    const invalid = Object.entries(details)
      .map(([name, report]) => ({
        name,
        problems: (report.errors ?? []).map(
          (problem): BpmnProblem => ({
            severity: 'error',
            rule: 'engine',
            message: problem.line ? `${problem.message} (line ${problem.line}, column ${problem.column})` : problem.message,
            ...(problem.mainElementId ? { elementId: problem.mainElementId } : {}),
          }),
        ),
      }))
      .filter((resource) => resource.problems.length > 0);
    if (invalid.length > 0) return new BpmnInvalidError(invalid);
  }
  if (error.engineType === 'ParseException' || error.message.startsWith('ENGINE-01009')) {
    const name = resources.length === 1 ? resources[0]!.name : '(deployment)';
    return new BpmnInvalidError([{ name, problems: [{ severity: 'error', rule: 'engine', message: error.message }] }]);
  }
  return error;
}
