import { locateField, type Locale, type TypeDefinition } from '@lotflow/dictionary/browser';

/** A problem with a record, located by a JSON Pointer into the record (`/certificates/0/expiresOn`). */
export interface RecordProblem {
  readonly pointer: string;
  /** As the dictionary words it: "Certificates #1 › Expires on: is required". */
  readonly message: string;
}

/** The problems shown next to each input, by the input's pointer; the field's own label is left out. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

const SEPARATORS = [': ', '：'];

/**
 * Groups problems by the input they belong to. The dictionary names the field in front of each
 * message ("Outer diameter: must be <= 0.155 in"); next to the input, which shows its label, only
 * the problem itself is said.
 */
export function groupProblemsByField(type: TypeDefinition, problems: readonly RecordProblem[], locale: Locale): FieldErrors {
  const grouped: Record<string, string[]> = {};
  for (const problem of problems) {
    const text = withoutFieldLabel(type, problem, locale);
    (grouped[problem.pointer] ??= []).push(text);
  }
  return grouped;
}

function withoutFieldLabel(type: TypeDefinition, problem: RecordProblem, locale: Locale): string {
  const label = locateField(type, problem.pointer).labelPath(locale);
  for (const separator of SEPARATORS) {
    if (problem.message.startsWith(`${label}${separator}`)) return problem.message.slice(label.length + separator.length);
  }
  return problem.message;
}

/** An entry of the api's problem+json `errors`: `/body/values/country`, `/body/reason`, `/revision`. */
export interface ApiErrorEntry {
  readonly pointer: string;
  readonly detail: string;
}

export interface ApiErrorsByPlace {
  /** Problems with the record's values, with pointers into the record. */
  readonly values: readonly RecordProblem[];
  /** Problems with the reason for a regulated change. */
  readonly reason: readonly string[];
  /** Whatever belongs to neither (the revision, the request as a whole). */
  readonly other: readonly string[];
}

const VALUES_POINTER = /^(?:\/body)?\/values(?=\/|$)/;
const REASON_POINTER = /^(?:\/body)?\/reason$/;

/** Sorts the api's problems to the inputs they concern, so an api answer reads like the browser's own check. */
export function placeApiErrors(errors: readonly ApiErrorEntry[]): ApiErrorsByPlace {
  const values: RecordProblem[] = [];
  const reason: string[] = [];
  const other: string[] = [];
  for (const error of errors) {
    if (VALUES_POINTER.test(error.pointer)) values.push({ pointer: error.pointer.replace(VALUES_POINTER, ''), message: error.detail });
    else if (REASON_POINTER.test(error.pointer)) reason.push(error.detail);
    else other.push(error.detail);
  }
  return { values, reason, other };
}
