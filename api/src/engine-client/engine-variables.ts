/** A process variable as the engine's REST API carries it. */
export interface TypedValue {
  value: unknown;
  type: 'String' | 'Boolean' | 'Integer' | 'Long' | 'Double' | 'Null' | 'Json';
  valueInfo?: Record<string, unknown>;
}

const int32 = 2 ** 31;

/** Plain JSON values → the engine's typed variables, so gateways compare numbers as numbers. */
export function toTypedVariables(variables: Record<string, unknown>): Record<string, TypedValue> {
  return Object.fromEntries(Object.entries(variables).map(([name, value]) => [name, toTypedValue(value)]));
}

function toTypedValue(value: unknown): TypedValue {
  if (value === null || value === undefined) return { value: null, type: 'Null' };
  switch (typeof value) {
    case 'string':
      return { value, type: 'String' };
    case 'boolean':
      return { value, type: 'Boolean' };
    case 'number':
      if (Number.isInteger(value)) return { value, type: value >= -int32 && value < int32 ? 'Integer' : 'Long' };
      return { value, type: 'Double' };
    default:
      return { value: JSON.stringify(value), type: 'Json', valueInfo: { serializationDataFormat: 'application/json' } };
  }
}
