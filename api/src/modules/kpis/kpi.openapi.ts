const problem = { $ref: '#/components/responses/Problem' };
const errors = { '400': problem, '401': problem, '404': problem };
const ok = (description: string) => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

/** The KPI routes in the api's OpenAPI document. */
export const kpiPaths = {
  '/kpis': {
    get: {
      summary:
        'Supplier on-time delivery, plan attainment, first-pass yield, rework rate, return rate and inventory turnover per week or month: numerator, denominator and value of each period (none when nothing was counted), with the formula in English and Chinese',
      tags: ['kpis'],
      parameters: [
        { name: 'from', in: 'query', description: 'first plant day (YYYY-MM-DD); 18 weeks or a year before to', schema: { type: 'string', format: 'date' } },
        { name: 'to', in: 'query', description: 'last plant day (YYYY-MM-DD); today in the plant', schema: { type: 'string', format: 'date' } },
        { name: 'bucket', in: 'query', schema: { enum: ['week', 'month'], default: 'week' } },
      ],
      responses: { '200': ok('periods and, per KPI, its formula and a point per period'), ...errors },
    },
  },
  '/kpis/{kpi}/records': {
    get: {
      summary: "The records behind one period's figure of a KPI (drill-down), each with its share of the numerator and the denominator",
      tags: ['kpis'],
      parameters: [
        { name: 'kpi', in: 'path', required: true, description: 'supplier-on-time-delivery, plan-attainment, first-pass-yield, rework-rate, return-rate, inventory-turnover', schema: { type: 'string' } },
        { name: 'period', in: 'query', required: true, description: 'a week by its Monday (YYYY-MM-DD) or a month (YYYY-MM)', schema: { type: 'string' } },
      ],
      responses: { '200': ok('the figure and its records'), ...errors },
    },
  },
};
