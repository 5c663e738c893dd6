import { array, count, flag, json, nullable, object, text, type Infer } from '../../../shared/api/shape';

const definitionFields = { id: text(), key: text(), name: nullable(text()), version: count() };

/** One entry of `GET /process-starts`: a process the signed-in person may start, with its form's type. */
export const startableProcessShape = object({
  ...definitionFields,
  documentation: nullable(text()),
  form: object({ type: text(), label: text(), help: nullable(text()) }),
});
export type StartableProcess = Infer<typeof startableProcessShape>;

export const startableListShape = object({ items: array(startableProcessShape) });

/** `GET /process-starts/{key}`: the process and the published type its form is generated from. */
export const startFormShape = object({
  ...definitionFields,
  documentation: nullable(text()),
  form: object({ type: text(), version: count(), label: text(), definition: json(), initialValues: json() }),
});
export type StartForm = Infer<typeof startFormShape>;

/** The answer to `POST /process-starts/{key}`. */
export const startResultShape = object({
  definition: object(definitionFields),
  record: object({ type: text(), code: text(), revision: count() }),
  instance: object({ id: text(), businessKey: text() }),
  startedNow: flag(),
});
export type StartResult = Infer<typeof startResultShape>;
