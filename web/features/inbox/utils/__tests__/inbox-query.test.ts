import { describe, expect, it } from 'vitest';
import { inboxHref, readInboxQuery, toApiSearch } from '../inbox-query';

describe('the inbox query', () => {
  it('given no parameters, then it shows all my tasks, newest first, page 1', () => {
    const query = readInboxQuery({});
    expect(query).toMatchObject({ list: 'all', sort: 'created', order: 'desc', page: 1 });
    expect(inboxHref(query)).toBe('/inbox');
  });

  it('given nonsense, then each part falls back on its own instead of failing the page', () => {
    expect(readInboxQuery({ list: 'everyone', sort: 'colour', page: '-3', dueBy: '2026-13-45', minPriority: 'high', lot: ' LOT-1 ' })).toMatchObject({
      list: 'all',
      sort: 'created',
      page: 1,
      dueBy: '',
      minPriority: '',
      lot: 'LOT-1',
    });
  });

  it('given a due-by day, then the api is asked for tasks due before the end of that day in the plant', () => {
    const search = new URLSearchParams(toApiSearch(readInboxQuery({ dueBy: '2026-11-30', page: '3', list: 'mine' })));
    expect(search.get('dueBefore')).toBe('2026-11-30T15:59:59.999Z');
    expect(search.get('offset')).toBe('50');
    expect(search.get('list')).toBe('mine');
  });

  it('given a change of sort, then the link keeps the filters', () => {
    const query = readInboxQuery({ lot: 'LOT-260227-0001', list: 'groups', page: '2' });
    expect(inboxHref(query, { sort: 'due', order: 'asc', page: 1 })).toBe('/inbox?list=groups&lot=LOT-260227-0001&sort=due&order=asc');
  });
});

describe('dates in plant time', async () => {
  const { fromDateTimeLocal, toDateTimeLocal } = await import('../date-time-local');

  it('given a due instant, then the date input shows it in China time and gives the same instant back', () => {
    expect(toDateTimeLocal('2026-12-01T09:00:00.000Z')).toBe('2026-12-01T17:00');
    expect(fromDateTimeLocal('2026-12-01T17:00')).toBe('2026-12-01T09:00:00.000Z');
  });

  it('given nothing, then nothing', () => {
    expect(toDateTimeLocal(null)).toBe('');
    expect(fromDateTimeLocal('')).toBeNull();
  });
});
