import { describe, expect, it } from 'vitest';
import { canOperate } from '../can-operate';

describe('canOperate', () => {
  it.each([
    [['admin'], true],
    [['operations'], true],
    [['qa', 'operations'], true],
    [['qa'], false],
    [['analyst', 'data-steward'], false],
    [[], false],
  ])('given the roles %j, then the operations view is offered: %s', (roles, expected) => {
    expect(canOperate(roles)).toBe(expected);
  });
});
