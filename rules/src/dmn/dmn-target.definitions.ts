import type { ColumnType, HitPolicy } from '../rule-table/rule-table-document.types.js';

/**
 * Who reads the exported DMN. `camunda-7` (the default): what the Camunda 7.24 engine deploys
 * and evaluates as Lotflow does. `dmn-1.3`: the standard form, for other tools and for a
 * lossless round trip.
 */
export type DmnTarget = 'camunda-7' | 'dmn-1.3';

export interface DmnTargetDefinition {
  /** typeRef of an input expression per Lotflow type; undefined writes none. */
  inputTypeRefs: Record<ColumnType, string | undefined>;
  /** typeRef of an output per Lotflow type; undefined writes none. */
  outputTypeRefs: Record<ColumnType, string | undefined>;
  /** Hit policies the target cannot evaluate → the one that decides alike once rows are sorted by output priority. */
  hitPolicyRewrites: Partial<Record<HitPolicy, HitPolicy>>;
  /** Output types MIN and MAX can aggregate. */
  minMaxOutputTypes: readonly ColumnType[];
  /** Whether date-time literals are written as UTC local date-times (no offset). */
  dateTimesAsUtcLocal: boolean;
  /** Whether boolean cells are written by the inputs they match, never with `true` in a list (see writeBooleanCell). */
  booleanCellsBySet: boolean;
}

export const dmnTargets: Record<DmnTarget, DmnTargetDefinition> = {
  'camunda-7': {
    // Camunda's `date` is java.util.Date and its transformer rejects FEEL dates, so date inputs
    // read `date(<fact>)` with no typeRef and date outputs carry none. `long` covers every integer
    // Lotflow holds; `integer` would stop at 2^31. `dateTime` is unknown to Camunda, which then
    // passes Date variables through; on outputs, `date` turns them into Date variables.
    inputTypeRefs: { string: 'string', boolean: 'boolean', integer: 'long', number: 'double', date: undefined, 'date-time': 'dateTime' },
    outputTypeRefs: { string: 'string', boolean: 'boolean', integer: 'long', number: 'double', date: undefined, 'date-time': 'date' },
    // DMN-02007: Camunda 7 does not implement PRIORITY or OUTPUT ORDER.
    hitPolicyRewrites: { PRIORITY: 'FIRST', 'OUTPUT ORDER': 'RULE ORDER' },
    // DMN-03004: Camunda 7 aggregates Integer, Long and Double only.
    minMaxOutputTypes: ['number', 'integer'],
    // Camunda hands Date variables to FEEL as local date-times in the JVM's time zone, which
    // never equal a date-time with an offset: the engine must run in UTC.
    dateTimesAsUtcLocal: true,
    booleanCellsBySet: true,
  },
  'dmn-1.3': {
    inputTypeRefs: { string: 'string', boolean: 'boolean', integer: 'integer', number: 'number', date: 'date', 'date-time': 'date and time' },
    outputTypeRefs: { string: 'string', boolean: 'boolean', integer: 'integer', number: 'number', date: 'date', 'date-time': 'date and time' },
    hitPolicyRewrites: {},
    minMaxOutputTypes: ['number', 'integer', 'date', 'date-time'],
    dateTimesAsUtcLocal: false,
    booleanCellsBySet: false,
  },
};

/**
 * typeRef (lower case, any namespace prefix removed) → Lotflow type. A `date` input whose
 * cells write date-and-time literals is Camunda 7's date, and is read as date-time.
 */
export const columnTypesByTypeRef: Readonly<Record<string, ColumnType>> = {
  string: 'string',
  boolean: 'boolean',
  integer: 'integer',
  long: 'integer',
  double: 'number',
  number: 'number',
  date: 'date',
  datetime: 'date-time',
  'date and time': 'date-time',
  'date-time': 'date-time',
};

export const dmnNamespaces = {
  dmn13: 'https://www.omg.org/spec/DMN/20191111/MODEL/',
  dmndi13: 'https://www.omg.org/spec/DMN/20191111/DMNDI/',
  /** Lotflow's own attributes: the zh-CN labels DMN has no place for. */
  lotflow: 'https://lotflow.dev/schema/dmn/1.0',
} as const;

/** What dmn-moddle (DMN 1.3 only) is handed instead of older namespaces, as bpmn-io's dmn-migrate does. */
export const olderDmnNamespaces: ReadonlyArray<{ namespace: string; replacement: string }> = [
  { namespace: 'http://www.omg.org/spec/DMN/20151101/dmn.xsd', replacement: dmnNamespaces.dmn13 },
  { namespace: 'http://www.omg.org/spec/DMN/20180521/MODEL/', replacement: dmnNamespaces.dmn13 },
  { namespace: 'http://www.omg.org/spec/DMN/20180521/DMNDI/', replacement: dmnNamespaces.dmndi13 },
];
