import { daysBetween } from './days-between.util.js';

/** Free stock of one lot at one location, with what decides whether it may be allocated. */
export interface FefoCandidate {
  lot: string;
  location: string;
  status: string;
  /** YYYY-MM-DD, or null for material that does not expire. */
  expiresOn: string | null;
  /** On hand minus what other reservations hold, in thousandths. */
  freeThousandths: number;
}

export interface FefoDemand {
  quantityThousandths: number;
  /** YYYY-MM-DD: expiry and remaining shelf life are judged on this date. */
  asOf: string;
  minimumShelfLifeDays: number | null;
  /** A person accepted short-dated stock (with a reason): lots below the minimum may be allocated, never expired or blocked ones. */
  overrideShelfLife: boolean;
}

export type SkipReason =
  | { kind: 'status'; status: string }
  | { kind: 'expired'; expiresOn: string }
  | { kind: 'shelf-life'; expiresOn: string; remainingDays: number; minimumDays: number };

export interface FefoLine {
  lot: string;
  location: string;
  quantityThousandths: number;
  expiresOn: string | null;
  belowMinimumShelfLife: boolean;
}

export interface FefoAllocation {
  lines: FefoLine[];
  skipped: Array<{ lot: string; location: string; freeThousandths: number; expiresOn: string | null; reason: SkipReason }>;
  /** What could not be allocated; 0 when the demand is met. */
  shortfallThousandths: number;
}

/** Earliest expiry first; stock without expiry last; then by lot and location so the answer is stable. */
function fefoOrder(a: FefoCandidate, b: FefoCandidate): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === null) return 1;
    if (b.expiresOn === null) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  return a.lot === b.lot ? (a.location < b.location ? -1 : a.location > b.location ? 1 : 0) : a.lot < b.lot ? -1 : 1;
}

function skipReason(candidate: FefoCandidate, demand: FefoDemand): SkipReason | { kind: 'short-dated' } | undefined {
  if (candidate.status !== 'released') return { kind: 'status', status: candidate.status };
  if (candidate.expiresOn === null) return undefined;
  const remainingDays = daysBetween(demand.asOf, candidate.expiresOn);
  if (remainingDays < 0) return { kind: 'expired', expiresOn: candidate.expiresOn };
  if (demand.minimumShelfLifeDays !== null && remainingDays < demand.minimumShelfLifeDays) {
    return demand.overrideShelfLife ? { kind: 'short-dated' } : { kind: 'shelf-life', expiresOn: candidate.expiresOn, remainingDays, minimumDays: demand.minimumShelfLifeDays };
  }
  return undefined;
}

/**
 * First expiry, first out: takes released, unexpired stock that meets the minimum remaining shelf
 * life, earliest expiry first, until the demand is met; says why every other candidate was skipped.
 */
export function allocateFefo(candidates: readonly FefoCandidate[], demand: FefoDemand): FefoAllocation {
  const allocation: FefoAllocation = { lines: [], skipped: [], shortfallThousandths: demand.quantityThousandths };
  for (const candidate of [...candidates].filter((each) => each.freeThousandths > 0).sort(fefoOrder)) {
    const reason = skipReason(candidate, demand);
    if (reason && reason.kind !== 'short-dated') {
      allocation.skipped.push({ lot: candidate.lot, location: candidate.location, freeThousandths: candidate.freeThousandths, expiresOn: candidate.expiresOn, reason });
      continue;
    }
    if (allocation.shortfallThousandths === 0) continue;
    const quantityThousandths = Math.min(candidate.freeThousandths, allocation.shortfallThousandths);
    allocation.lines.push({ lot: candidate.lot, location: candidate.location, quantityThousandths, expiresOn: candidate.expiresOn, belowMinimumShelfLife: reason?.kind === 'short-dated' });
    allocation.shortfallThousandths -= quantityThousandths;
  }
  return allocation;
}
