import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../diff-snapshots.js';
import { computeSnapshotSlot } from '../utils/compute-snapshot-slot.util.js';

describe('the difference between two snapshots', () => {
  it('lists added, removed and changed rows, a changed row field by field', () => {
    const from = {
      'record:supplier': {
        'SUP-1': { code: 'SUP-1', name: 'Alpha', certificates: [{ number: 'C-1', expiresOn: '2026-04-20' }] },
        'SUP-2': { code: 'SUP-2', name: 'Beta' },
      },
      'lot-status': { 'LOT-1': { status: 'quarantine' } },
      'record:material': { 'M-1': { code: 'M-1' } },
    };
    const to = {
      'record:supplier': {
        'SUP-1': { code: 'SUP-1', name: 'Alpha', certificates: [{ number: 'C-1', expiresOn: '2029-04-20' }], notes: 'renewed' },
        'SUP-3': { code: 'SUP-3', name: 'Gamma' },
      },
      'lot-status': { 'LOT-1': { status: 'quarantine' } },
      'record:lot': {},
    };

    const difference = diffSnapshots(from, to);

    expect(difference.tables).toEqual([
      {
        table: 'record:supplier',
        added: [{ key: 'SUP-3', row: { code: 'SUP-3', name: 'Gamma' } }],
        removed: [{ key: 'SUP-2', row: { code: 'SUP-2', name: 'Beta' } }],
        changed: [
          {
            key: 'SUP-1',
            fields: [
              { field: '/certificates/0/expiresOn', before: '2026-04-20', after: '2029-04-20' },
              { field: '/notes', after: 'renewed' },
            ],
          },
        ],
      },
    ]);
    // the unchanged lot statuses are not listed; tables only one of them has are named, not compared
    expect(difference.onlyInFrom).toEqual(['record:material']);
    expect(difference.onlyInTo).toEqual(['record:lot']);
  });
});

describe('the period of a scheduled snapshot', () => {
  it('is counted from midnight on the plant clock and named by its start there', () => {
    // 23:30 UTC on 1 March is 07:30 on 2 March in Shanghai
    const at = new Date('2026-03-01T23:30:00Z');
    expect(computeSnapshotSlot(at, 24 * 3_600_000, 'Asia/Shanghai')).toEqual({ key: 'scheduled:2026-03-02T00:00:00.000', endsAt: new Date('2026-03-02T16:00:00Z') });
    expect(computeSnapshotSlot(at, 8 * 3_600_000, 'Asia/Shanghai').key).toBe('scheduled:2026-03-02T00:00:00.000');
    expect(computeSnapshotSlot(new Date('2026-03-02T00:00:00Z'), 8 * 3_600_000, 'Asia/Shanghai').key).toBe('scheduled:2026-03-02T08:00:00.000');
    expect(computeSnapshotSlot(at, 24 * 3_600_000, 'UTC').key).toBe('scheduled:2026-03-01T00:00:00.000');
  });
});
