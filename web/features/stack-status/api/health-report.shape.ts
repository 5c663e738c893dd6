import { isoDateTime, object, oneOf, optional, text, type Infer } from '../../../shared/api/shape';

/** Body of `GET /health`, sent with 200 when every component is up and 503 when one is down. */
export const healthReportShape = object({
  status: oneOf('up', 'degraded'),
  version: text(),
  checkedAt: isoDateTime(),
  components: object({
    database: object({
      status: oneOf('up', 'down'),
      type: oneOf('sqlite', 'mysql'),
      error: optional(text()),
    }),
    engine: object({
      status: oneOf('up', 'down'),
      url: text(),
      version: optional(text()),
      error: optional(text()),
    }),
  }),
});

export type HealthReport = Infer<typeof healthReportShape>;

export type ComponentStatus = HealthReport['components']['database']['status'];
