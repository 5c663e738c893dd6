import { limitsOf, tubingProducts } from './incoming-inspection-bench.table.js';

export type Facts = Record<string, unknown>;

/** mulberry32: a small seeded generator, so every run evaluates the same facts. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Facts as a receiving inspection produces them: mostly complete and in specification, some
 * values missing (absent or null), failed leak tests, suppliers in every state, and outer
 * diameters on and next to every limit of every product, so every row and boundary is decided.
 */
export function generateBenchFacts(count: number, seed: number): Facts[] {
  const random = createRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  // Missing values come both ways a process engine gives them: left out, or null.
  const maybe = <T>(value: T, missingShare = 0.03): T | null | undefined => (random() < missingShare ? pick([undefined, null]) : value);
  const weighted = <T>(choices: Array<[T, number]>): T => {
    let roll = random();
    for (const [value, share] of choices) if ((roll -= share) < 0) return value;
    return choices[choices.length - 1]![0];
  };

  return Array.from({ length: count }, () => {
    const product = pick(tubingProducts);
    const { low, high, lowGuard, highGuard } = limitsOf(product);
    const limits = [low, lowGuard, highGuard, high].map(Number);
    const outerDiameter =
      random() < 0.4
        ? round(pick(limits) + pick([0, 0, -0.00001, 0.00001, -0.0001, 0.0001]))
        : round(Number(low) - Number(product.tolerance) + random() * 4 * Number(product.tolerance));
    const facts: Facts = {
      lot: withoutUndefined({ productCode: maybe(product.code), certificateOfConformanceReceived: maybe(weighted([[false, 0.04], [true, 0.96]])) }),
      inspection: withoutUndefined({ outerDiameterIn: maybe(outerDiameter), leakTestResult: maybe(weighted([['fail', 0.05], ['pass', 0.95]])) }),
    };
    const approvalStatus = maybe(weighted([['blocked', 0.03], ['expired', 0.03], ['conditional', 0.05], ['approved', 0.89]]));
    // A lot without a supplier record at all, sometimes.
    if (approvalStatus !== undefined || random() < 0.5) facts.supplier = withoutUndefined({ approvalStatus });
    return facts;
  });
}

/** Measurements have 5 decimals; this also keeps 0.145 + 0.00001 from printing as 0.14501000000000001. */
function round(value: number): number {
  return Number(value.toFixed(5));
}

function withoutUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
