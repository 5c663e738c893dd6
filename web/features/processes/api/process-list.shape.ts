import { array, count, isoDateTime, nullable, object, text, type Infer } from '../../../shared/api/shape';

const deployedProcessShape = object({
  key: text(),
  name: text(),
  version: count(),
  id: text(),
  deploymentId: text(),
  resource: text(),
  deployedAt: nullable(isoDateTime()),
  hash: nullable(text()),
  instances: object({
    running: count(),
    finished: count(),
  }),
});

/** Body of `GET /processes`: the process definitions on the engine, with instance counts. */
export const processListShape = object({
  items: array(deployedProcessShape),
});

export type DeployedProcess = Infer<typeof deployedProcessShape>;
