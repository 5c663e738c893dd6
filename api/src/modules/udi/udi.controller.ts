import { Router } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { buildUdi, parseUdi, UdiError, type Udi, type UdiIssue } from './gs1-udi.js';

const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const buildUdiBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['gtin'],
  properties: {
    gtin: { type: 'string', pattern: '^\\d{8,14}$', description: 'GTIN-8, -12, -13 or -14 with its check digit' },
    lot: { type: 'string', maxLength: 20 },
    serial: { type: 'string', maxLength: 20 },
    productionDate: isoDate,
    expiryDate: isoDate,
  },
} as const;

export const parseUdiBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['value'],
  properties: { value: { type: 'string', minLength: 1, maxLength: 200, description: 'a scan (GS1 element string) or the printed text (01)…(17)…(10)…' } },
} as const;

const FIELD_OF_AI: Readonly<Record<UdiIssue['ai'], string>> = { '01': 'gtin', '10': 'lot', '11': 'productionDate', '17': 'expiryDate', '21': 'serial', udi: '' };

function asRequestError(error: unknown, pointerOf: (issue: UdiIssue) => string): never {
  if (error instanceof UdiError) throw new RequestInvalidError(error.issues.map((issue) => ({ pointer: pointerOf(issue), message: issue.message, keyword: 'udi' })));
  throw error;
}

const parseBuild = bodyParser<Udi>(buildUdiBodySchema);
const parseParse = bodyParser<{ value: string }>(parseUdiBodySchema);

/** UDI for labels and shipment lines: build the GS1 strings from their parts, and read a scan back. */
export function udiRouter(): Router {
  const router = Router();
  router.post('/udi/build', (request, response) => {
    const udi = parseBuild(request);
    try {
      response.json(buildUdi(udi));
    } catch (error) {
      asRequestError(error, (issue) => `/${FIELD_OF_AI[issue.ai]}`);
    }
  });
  router.post('/udi/parse', (request, response) => {
    const { value } = parseParse(request);
    try {
      response.json(parseUdi(value));
    } catch (error) {
      asRequestError(error, () => '/value');
    }
  });
  return router;
}
