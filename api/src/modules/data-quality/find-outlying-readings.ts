import { median } from './utils/median.util.js';

/**
 * Iglewicz and Hoaglin's rule (1993): a reading whose modified z-score 0.6745 · (x − median) ÷ MAD
 * is beyond ±3.5 is a likely outlier. Median and MAD (the median of the absolute deviations) are
 * not pulled by the outliers themselves, as a mean and a standard deviation are. Fewer than eight
 * readings of a characteristic say too little to judge any of them.
 */
export const outlierRule = { minimumValues: 8, threshold: 3.5 } as const;

/** 0.6745 is the 75th percentile of the standard normal: it makes the MAD comparable to a standard deviation. */
const madToSigma = 0.6745;

/** One numeric value of an inspection result. */
export interface Reading {
  /** Readings of one characteristic are judged together: `incoming-inspection-result/outerDiameterMaxIn`, `inspection-lot/results/IPT-TUBE-OD/readings`. */
  characteristic: string;
  type: string;
  code: string;
  /** JSON Pointer to the value in the record. */
  pointer: string;
  value: number;
  /** The lot the result is about, when the record names one. */
  lot?: string;
}

export type CharacteristicCheck =
  | { key: string; count: number; checked: true; median: number; mad: number; outliers: number }
  /** Too few readings, or more than half of them equal (MAD 0: every other value would be infinitely far). */
  | { key: string; count: number; checked: false; skipped: 'too-few-values' | 'no-spread'; median: number };

export interface OutlyingReading extends Reading {
  median: number;
  /** The modified z-score: positive above the median, negative below. */
  score: number;
}

const round = (value: number, places: number) => Number(value.toFixed(places));

/** The readings that lie far from the rest of their characteristic, most extreme first. */
export function findOutlyingReadings(readings: readonly Reading[]): { characteristics: CharacteristicCheck[]; outliers: OutlyingReading[] } {
  const byCharacteristic = new Map<string, Reading[]>();
  for (const reading of readings) {
    const group = byCharacteristic.get(reading.characteristic);
    if (group) group.push(reading);
    else byCharacteristic.set(reading.characteristic, [reading]);
  }
  const characteristics: CharacteristicCheck[] = [];
  const outliers: OutlyingReading[] = [];
  for (const [key, group] of [...byCharacteristic].sort(([a], [b]) => a.localeCompare(b))) {
    const values = group.map((reading) => reading.value);
    const middle = median(values);
    if (group.length < outlierRule.minimumValues) {
      characteristics.push({ key, count: group.length, checked: false, skipped: 'too-few-values', median: middle });
      continue;
    }
    const mad = median(values.map((value) => Math.abs(value - middle)));
    if (mad === 0) {
      characteristics.push({ key, count: group.length, checked: false, skipped: 'no-spread', median: middle });
      continue;
    }
    const found = group.flatMap((reading) => {
      const score = (madToSigma * (reading.value - middle)) / mad;
      return Math.abs(score) > outlierRule.threshold ? [{ ...reading, median: middle, score: round(score, 2) }] : [];
    });
    characteristics.push({ key, count: group.length, checked: true, median: middle, mad, outliers: found.length });
    outliers.push(...found);
  }
  outliers.sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.code.localeCompare(b.code) || a.pointer.localeCompare(b.pointer));
  return { characteristics, outliers };
}
