import { toOrdinal } from '../../rule-table/column-type.definitions.js';
import type { Scalar } from '../../rule-table/rule-table-document.types.js';
import { after, before, compareBoundaryKeys, lowestPresent, missingStart, type BoundaryKey } from '../boundary-key.js';
import { comparable } from '../column-axis.js';
import type { Region } from '../find-gaps.js';
import type { TableSpace } from '../row-boxes.js';

/** Whether facts (by input id; missing ones left out) lie in a region; for checking gaps in tests. */
export function regionContains(space: TableSpace, region: Region, facts: Record<string, Scalar>): boolean {
  return space.axes.every(({ input, scale }, columnIndex) => {
    const value = facts[input.id];
    let place: [BoundaryKey, BoundaryKey];
    if (value === undefined) {
      place = [missingStart, lowestPresent];
    } else if (scale.kind === 'points') {
      let index = scale.points.findIndex((point) => point.kind === 'value' && comparable(input, point.value) === comparable(input, value));
      if (index === -1) index = scale.points.findIndex((point) => point.kind === 'other');
      place = [before(index), before(index + 1)];
    } else {
      const ordinal = toOrdinal(input.type, value)!;
      place = [before(ordinal), after(ordinal, scale.discrete)];
    }
    const keys = space.keys[columnIndex]!;
    return region[columnIndex]!.some(([start, end]) => compareBoundaryKeys(keys[start]!, place[0]) <= 0 && compareBoundaryKeys(place[1], keys[end]!) <= 0);
  });
}
