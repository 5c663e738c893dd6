import { describe, expect, it } from 'vitest';
import { toTypedVariables } from '../engine-variables.js';

describe('toTypedVariables', () => {
  it('types each JSON value so the engine compares numbers as numbers and keeps objects whole', () => {
    expect(
      toTypedVariables({
        lotNumber: 'LOT-1',
        quantity: 500,
        serialCount: 2 ** 33,
        tubingOuterDiameterIn: 0.1502,
        released: false,
        inspector: null,
        readings: [0.15, 0.151],
      }),
    ).toEqual({
      lotNumber: { value: 'LOT-1', type: 'String' },
      quantity: { value: 500, type: 'Integer' },
      serialCount: { value: 2 ** 33, type: 'Long' },
      tubingOuterDiameterIn: { value: 0.1502, type: 'Double' },
      released: { value: false, type: 'Boolean' },
      inspector: { value: null, type: 'Null' },
      readings: { value: '[0.15,0.151]', type: 'Json', valueInfo: { serializationDataFormat: 'application/json' } },
    });
  });
});
