import { rankSetKey, toRankSet, type RankSet, type Run } from './rank-set.js';
import type { RowBox } from './row-boxes.js';
import { sortSweepEvents } from './sweep-events.js';

/** Per input, a set of values; the region is every combination of them. */
export type Region = RankSet[];

/**
 * The parts of `domain` (per input, the values to cover) that no box covers, as few regions as
 * the sweep makes natural. The same sweep as for overlaps: along an input, between consecutive
 * edges the set of active rows is constant; a stretch with none is uncovered whatever the other
 * inputs are, and a stretch with some continues along the next input with just those rows.
 * Stretches whose remaining gaps are alike are joined into one region, and a set of rows met
 * again at the same input is not swept twice.
 */
export function findGaps(boxes: readonly RowBox[], domain: readonly RankSet[], order: readonly number[]): Region[] {
  return sweepGaps(boxes, domain, order, false).regions;
}

/** Whether the boxes cover all of `domain`; stops at the first uncovered place. */
export function coversDomain(boxes: readonly RowBox[], domain: readonly RankSet[], order: readonly number[]): boolean {
  return !sweepGaps(boxes, domain, order, true).found;
}

/** Uncovered sets over the inputs from some level on, in sweep order, with a key saying which. */
interface PartialRegion {
  key: string;
  sets: RankSet[];
}

function sweepGaps(boxes: readonly RowBox[], domain: readonly RankSet[], order: readonly number[], stopAtFirst: boolean): { regions: Region[]; found: boolean } {
  if (order.some((dimension) => domain[dimension]!.length === 0)) return { regions: [], found: false };
  // What "uncovered whatever the later inputs are" means at each level.
  const everythingFrom: PartialRegion[] = [{ key: '', sets: [] }];
  for (let level = order.length - 1; level > 0; level -= 1) {
    const set = domain[order[level]!]!;
    const rest = everythingFrom[0]!;
    everythingFrom.unshift({ key: `${rankSetKey(set)}|${rest.key}`, sets: [set, ...rest.sets] });
  }
  const remembered = new Map<string, PartialRegion[]>();
  let found = false;

  const sweep = (level: number, rows: readonly RowBox[]): PartialRegion[] => {
    if (level === order.length) return [];
    const memoKey = `${level}|${rows.map((row) => row.rowIndex).sort((a, b) => a - b).join(',')}`;
    const known = remembered.get(memoKey);
    if (known) return known;

    const events = sortSweepEvents(rows, order[level]!);
    const groups = new Map<string, { stretches: Run[]; rest: PartialRegion }>();
    const active = new Set<number>();
    let position = 0;
    for (const [domainStart, domainEnd] of domain[order[level]!]!) {
      let cursor = domainStart;
      while (cursor < domainEnd) {
        for (; position < events.length && events.rank[position]! <= cursor; position += 1) {
          if (events.isStart[position]) active.add(events.box[position]!);
          else active.delete(events.box[position]!);
        }
        const next = position < events.length ? Math.min(domainEnd, events.rank[position]!) : domainEnd;
        if (active.size === 0) found = true;
        const gaps = active.size === 0 ? [everythingFrom[level]!] : sweep(level + 1, [...active].map((index) => rows[index]!));
        if (found && stopAtFirst) return [];
        for (const rest of gaps) {
          const group = groups.get(rest.key);
          if (group) group.stretches.push([cursor, next]);
          else groups.set(rest.key, { stretches: [[cursor, next]], rest });
        }
        cursor = next;
      }
    }
    const regions = [...groups.values()].map(({ stretches, rest }) => {
      const set = toRankSet(stretches);
      return { key: `${rankSetKey(set)}|${rest.key}`, sets: [set, ...rest.sets] };
    });
    remembered.set(memoKey, regions);
    return regions;
  };

  const regions = sweep(0, boxes).map(({ sets }) => {
    const region: Region = [];
    order.forEach((dimension, level) => (region[dimension] = sets[level]!));
    return region;
  });
  return { regions, found };
}
