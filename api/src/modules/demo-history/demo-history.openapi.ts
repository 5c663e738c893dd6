const problem = { $ref: '#/components/responses/Problem' };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

/** The demo history route in the api's OpenAPI document. */
export const demoHistoryPaths = {
  '/demo/history/load': {
    post: {
      summary:
        "Load about four months of demo plant history for the IV infusion set pack (purchase orders, receipts, inspections, work orders, sterilization loads, releases, shipments, with trace links and signatures) after the pack; idempotent (data-steward)",
      tags: ['demo'],
      responses: { '201': ok('what was created and what was present'), '200': ok('the history was loaded before: nothing changed'), '401': problem, '403': problem, '409': problem },
    },
  },
};
