import { fromPlantWallTime } from '../../../shared/format/format-date-time';

/** What the inbox list shows: which list, filters, sorting and page — all kept in the page URL. */
export interface InboxQuery {
  readonly list: 'mine' | 'groups' | 'all';
  readonly processKey: string;
  readonly businessKey: string;
  readonly lot: string;
  /** A calendar day (yyyy-mm-dd): tasks due before its end. */
  readonly dueBy: string;
  readonly minPriority: string;
  readonly sort: 'created' | 'due' | 'followUp' | 'priority' | 'name';
  readonly order: 'asc' | 'desc';
  readonly page: number;
}

export const PAGE_SIZE = 25;
const LISTS = ['mine', 'groups', 'all'] as const;
const SORTS = ['created', 'due', 'followUp', 'priority', 'name'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type SearchParameters = Readonly<Record<string, string | string[] | undefined>>;

function first(parameters: SearchParameters, name: string): string {
  const value = parameters[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

function pick<const Values extends readonly string[]>(value: string, values: Values, fallback: Values[number]): Values[number] {
  return (values as readonly string[]).includes(value) ? (value as Values[number]) : fallback;
}

/** Reads the page's search parameters; anything unusable falls back to the default rather than failing. */
export function readInboxQuery(parameters: SearchParameters): InboxQuery {
  const page = Number(first(parameters, 'page'));
  const minPriority = first(parameters, 'minPriority');
  const dueBy = first(parameters, 'dueBy');
  return {
    list: pick(first(parameters, 'list'), LISTS, 'all'),
    processKey: first(parameters, 'processKey').slice(0, 255),
    businessKey: first(parameters, 'businessKey').slice(0, 255),
    lot: first(parameters, 'lot').slice(0, 120),
    dueBy: DAY.test(dueBy) && !Number.isNaN(Date.parse(dueBy)) ? dueBy : '',
    minPriority: /^\d{1,3}$/.test(minPriority) ? minPriority : '',
    sort: pick(first(parameters, 'sort'), SORTS, 'created'),
    order: first(parameters, 'order') === 'asc' ? 'asc' : 'desc',
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The api's query string for a page of the list. */
export function toApiSearch(query: InboxQuery): string {
  const search = new URLSearchParams({ list: query.list, sort: query.sort, order: query.order, limit: String(PAGE_SIZE), offset: String((query.page - 1) * PAGE_SIZE) });
  if (query.processKey) search.set('processKey', query.processKey);
  if (query.businessKey) search.set('businessKey', query.businessKey);
  if (query.lot) search.set('lot', query.lot);
  // "Due by the 30th" means before the plant's midnight ending that day.
  if (query.dueBy) search.set('dueBefore', fromPlantWallTime(`${query.dueBy}T23:59:59.999`).toISOString());
  if (query.minPriority) search.set('minPriority', query.minPriority);
  return search.toString();
}

/** The page's own URL for the same query with some parts changed (another list, page or sort). */
export function inboxHref(query: InboxQuery, change: Partial<InboxQuery> = {}): string {
  const next = { ...query, ...change };
  const search = new URLSearchParams();
  if (next.list !== 'all') search.set('list', next.list);
  for (const name of ['processKey', 'businessKey', 'lot', 'dueBy', 'minPriority'] as const) if (next[name]) search.set(name, next[name]);
  if (next.sort !== 'created') search.set('sort', next.sort);
  if (next.order !== 'desc') search.set('order', next.order);
  if (next.page !== 1) search.set('page', String(next.page));
  const text = search.toString();
  return text ? `/inbox?${text}` : '/inbox';
}
