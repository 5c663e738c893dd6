import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  RuleTableCache,
  RuleTableHitPolicyViolation,
  RuleTableInputError,
  SpreadsheetImportError,
  DmnExportError,
  DmnImportError,
  exportDmn,
  importDmn,
  bundledRuleTablesDirectory,
  exportRuleTableToCsv,
  exportRuleTableToXlsx,
  importRuleTableFromCsv,
  importRuleTableFromXlsx,
  parseRuleTable,
  RuleTableInvalidError,
  type RuleTable,
  type RuleTableDocument,
} from '@lotflow/rules';
import express, { Router, type Request } from 'express';
import { ConflictError, ImportInvalidError, RequestInvalidError } from '../../http/lotflow-error.js';
import { bodyParser } from '../../http/validate-body.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import type { ValidationContext } from '../artifacts/artifact-kinds.js';
import type { ArtifactService, VersionSelector } from '../artifacts/artifact.service.js';
import { analyseRuleTableDocument } from './analyse-rule-table-document.js';

export const evaluateBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['facts'],
  properties: {
    facts: { type: 'object', maxProperties: 500 },
    version: { oneOf: [{ enum: ['draft', 'latest'] }, { type: 'integer', minimum: 1 }], default: 'latest' },
    explain: { type: 'boolean', default: true },
    now: { type: 'string', format: 'date-time', description: 'evaluation time for date cells; default: now' },
    timeZone: { type: 'string', default: 'Asia/Shanghai' },
  },
} as const;

const parseEvaluate = bodyParser<{ facts: Record<string, unknown>; version?: VersionSelector; explain?: boolean; now?: string; timeZone?: string }>(evaluateBodySchema);

export const analyseBodySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['content'],
  properties: {
    content: { type: 'object', description: 'a rule table document, as PUT …/draft takes it' },
    now: { type: 'string', format: 'date-time', description: "the date 'within N days', 'before today' and 'after today' are analysed for; default: now" },
    timeZone: { type: 'string', default: 'Asia/Shanghai' },
  },
} as const;

const parseAnalyse = bodyParser<{ content: Record<string, unknown>; now?: string; timeZone?: string }>(analyseBodySchema);

const formats = {
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  dmn: { contentType: 'application/xml; charset=utf-8', extension: 'dmn' },
} as const;
type Format = keyof typeof formats;

function readFormat(request: Request): Format {
  const format = request.query.format;
  if (format === 'xlsx' || format === 'csv' || format === 'dmn') return format;
  throw new RequestInvalidError([{ pointer: '/format', message: `must be one of ${Object.keys(formats).join(', ')}`, keyword: 'enum' }], 'query');
}

/** The document a file holds: what the life cycle stores as a draft. */
function toDocument(table: RuleTable): RuleTableDocument {
  const { version: _version, source: _source, rows, ...rest } = table;
  return { ...rest, rows: rows.map(({ parsedCells: _parsed, ...row }) => row) };
}

/** The test bench, spreadsheet import and export, and the tables that ship with Lotflow. */
export function ruleTableRouter(service: ArtifactService, context: ValidationContext): Router {
  const router = Router();
  const cache = new RuleTableCache();

  /** What an editor marks while the analyst types: the same checks as saving a draft, saving nothing. */
  router.post('/rule-tables/analyse', async (request, response) => {
    const body = parseAnalyse(request);
    const dictionaryTypes = await context.publishedDictionaryTypes();
    response.json(
      analyseRuleTableDocument(body.content, dictionaryTypes, {
        timeZone: body.timeZone ?? 'Asia/Shanghai',
        ...(body.now ? { now: new Date(body.now) } : {}),
      }),
    );
  });

  router.post('/rule-tables/:key/evaluate', async (request, response) => {
    const body = parseEvaluate(request);
    const stored = await service.get(String(request.params.key), body.version ?? 'latest');
    let table: RuleTable;
    try {
      table = parseRuleTable(stored.content, `'${stored.key}' ${stored.version === 0 ? 'draft' : `version ${stored.version}`}`);
    } catch (error) {
      // Only a draft can be broken: published versions were checked.
      if (error instanceof RuleTableInvalidError) throw new ConflictError(`${error.message}. Fix the table, save it, then test it again.`, '/version');
      throw error;
    }
    const decision = await cache
      .get(table)
      .evaluate(body.facts, {
        explain: body.explain ?? true,
        timeZone: body.timeZone ?? 'Asia/Shanghai',
        ...(body.now ? { now: new Date(body.now) } : {}),
      })
      .catch((error: unknown) => {
        if (error instanceof RuleTableInputError) throw new RequestInvalidError(error.issues.map((issue) => ({ ...issue, pointer: `/facts${issue.pointer}` })));
        if (error instanceof RuleTableHitPolicyViolation) throw new ConflictError(error.message);
        throw error;
      });
    response.json({ version: stored.version, decision });
  });

  router.get('/rule-tables/:key/export', async (request, response) => {
    const format = readFormat(request);
    const selector = request.query.version === 'draft' ? 'draft' : request.query.version === undefined || request.query.version === 'latest' ? 'latest' : Number(request.query.version);
    if (typeof selector === 'number' && !(Number.isInteger(selector) && selector >= 1)) {
      throw new RequestInvalidError([{ pointer: '/version', message: "must be a version number, 'latest' or 'draft'", keyword: 'type' }], 'query');
    }
    const stored = await service.get(String(request.params.key), selector);
    const document = stored.content as RuleTableDocument;
    let body: Buffer | string;
    if (format === 'xlsx') body = await exportRuleTableToXlsx(document);
    else if (format === 'csv') body = exportRuleTableToCsv(document);
    else {
      const target = request.query.target === 'dmn-1.3' ? 'dmn-1.3' : 'camunda-7';
      try {
        body = await exportDmn(parseRuleTable(document, `'${stored.key}' version ${stored.version}`), { target });
      } catch (error) {
        if (error instanceof DmnExportError) throw new ConflictError(error.message);
        throw error;
      }
    }
    response
      .type(formats[format].contentType)
      .attachment(`${stored.key}-v${stored.version}.${formats[format].extension}`)
      .send(body);
  });

  /** Reads a spreadsheet into the table's draft; the answer lists what blocks publishing. */
  router.post('/rule-tables/:key/import', requireRole('analyst'), express.raw({ type: () => true, limit: '6mb' }), async (request, response) => {
    const format = readFormat(request);
    const key = String(request.params.key);
    const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    let table: RuleTable;
    try {
      if (format === 'xlsx') table = await importRuleTableFromXlsx(bytes, { source: `${key}.xlsx` });
      else if (format === 'csv') table = importRuleTableFromCsv(bytes, { source: `${key}.csv` });
      else table = await importDmn(bytes.toString('utf8'), { key, source: `${key}.dmn` });
    } catch (error) {
      if (error instanceof DmnImportError) {
        throw new ImportInvalidError(format, error.issues.map((issue) => ({ message: issue.message, place: issue.location })));
      }
      if (error instanceof SpreadsheetImportError) {
        throw new ImportInvalidError(
          format,
          error.issues.map((issue) => ({ message: issue.message, kind: issue.kind, place: issue.place, ...(issue.pointer ? { pointer: issue.pointer } : {}) })),
          error.issues.some((issue) => issue.kind === 'too-large'),
        );
      }
      throw error;
    }
    if (table.key !== key) {
      throw new ImportInvalidError(format, [{ message: `The file holds the table '${table.key}', not '${key}': import it under its own key.`, pointer: '/key' }]);
    }
    response.json(await service.saveDraft(key, toDocument(table), currentUser(request).username));
  });

  /** Publishes each bundled table whose content differs from its latest published version. */
  router.post('/rule-tables/bundled/publish', requireRole('analyst'), async (request, response) => {
    const actor = currentUser(request).username;
    const names = (await readdir(bundledRuleTablesDirectory)).filter((name) => name.endsWith('.json')).sort();
    const published: Array<{ key: string; version: number }> = [];
    for (const name of names) {
      const content = JSON.parse(await readFile(path.join(bundledRuleTablesDirectory, name), 'utf8')) as { key: string; $schema?: string };
      delete content.$schema;
      const version = await service.publishIfChanged(content.key, content, 'Bundled with Lotflow', actor);
      if (version) published.push({ key: version.key, version: version.version });
    }
    response.status(published.length > 0 ? 201 : 200).json({ published });
  });

  return router;
}
