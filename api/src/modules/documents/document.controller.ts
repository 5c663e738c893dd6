import { Router, type RequestHandler } from 'express';
import { RequestInvalidError } from '../../http/lotflow-error.js';
import { currentUser, requireRole } from '../identity/authentication.middleware.js';
import { documentKinds, type DocumentKind } from './document-model.js';
import type { DocumentService } from './document.service.js';

const subjectTypePattern = /^[a-z][a-z0-9-]{0,79}$/;

export function documentRouter(documents: DocumentService): Router {
  const router = Router();
  const mayGenerate = requireRole('qa', 'warehouse');

  const generate = (kind: DocumentKind, parameter: string): RequestHandler => async (request, response) => {
    const code = String(request.params[parameter]);
    if (code.length < 1 || code.length > 120) throw new RequestInvalidError([{ pointer: `/${parameter}`, message: 'must be 1 to 120 characters', keyword: 'maxLength' }], 'query');
    const { document, created } = await documents.generate(kind, code, currentUser(request).username);
    response.status(created ? 201 : 200).json({ ...document, created });
  };

  router.post('/documents/device-history-records/:lot', mayGenerate, generate('device-history-record', 'lot'));
  router.post('/documents/certificates-of-conformance/:shipment', mayGenerate, generate('certificate-of-conformance', 'shipment'));

  router.get('/documents', async (request, response) => {
    const subjectType = typeof request.query.subjectType === 'string' ? request.query.subjectType : undefined;
    const subjectId = typeof request.query.subjectId === 'string' ? request.query.subjectId : undefined;
    const kind = typeof request.query.kind === 'string' ? request.query.kind : undefined;
    const issues = [
      ...(subjectType === undefined || subjectTypePattern.test(subjectType) ? [] : [{ pointer: '/subjectType', message: 'must be a record type such as lot or shipment', keyword: 'pattern' }]),
      ...(subjectId === undefined || (subjectId.length >= 1 && subjectId.length <= 120) ? [] : [{ pointer: '/subjectId', message: 'must be 1 to 120 characters', keyword: 'maxLength' }]),
      ...(kind === undefined || (documentKinds as readonly string[]).includes(kind) ? [] : [{ pointer: '/kind', message: `must be one of ${documentKinds.join(', ')}`, keyword: 'enum' }]),
    ];
    if (issues.length > 0) throw new RequestInvalidError(issues, 'query');
    response.json({ items: await documents.list({ ...(subjectType ? { subjectType } : {}), ...(subjectId ? { subjectCode: subjectId } : {}), ...(kind ? { kind: kind as DocumentKind } : {}) }) });
  });

  router.get('/documents/:id', async (request, response) => {
    response.json(await documents.get(String(request.params.id)));
  });

  router.get('/documents/:id/pdf', async (request, response) => {
    const { fileName, pdf } = await documents.pdf(String(request.params.id));
    response.setHeader('content-type', 'application/pdf');
    response.setHeader('content-disposition', `attachment; filename="${fileName}"`);
    response.send(pdf);
  });

  return router;
}
