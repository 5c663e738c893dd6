import type { Aggregation, HitPolicy, Label, RuleTableDocument, RuleTableInput, RuleTableOutput, Scalar } from '../api/rule-table.shape';

/** The table being edited, with what undo and redo step back and forth through. */
export interface EditorState {
  readonly document: RuleTableDocument;
  readonly past: readonly RuleTableDocument[];
  readonly future: readonly RuleTableDocument[];
}

export type EditorAction =
  | { readonly type: 'load'; readonly document: RuleTableDocument }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'set-name'; readonly name: Label }
  | { readonly type: 'set-hit-policy'; readonly hitPolicy: HitPolicy; readonly aggregation?: Aggregation | undefined }
  | { readonly type: 'edit-cell'; readonly rowIndex: number; readonly columnIndex: number; readonly text: string }
  | { readonly type: 'edit-output'; readonly rowIndex: number; readonly outputName: string; readonly value: Scalar }
  | { readonly type: 'edit-row'; readonly rowIndex: number; readonly id?: string; readonly description?: string }
  | { readonly type: 'add-row'; readonly at: number }
  | { readonly type: 'delete-row'; readonly rowIndex: number }
  | { readonly type: 'move-row'; readonly rowIndex: number; readonly to: number }
  | { readonly type: 'add-input'; readonly at: number; readonly input: RuleTableInput }
  | { readonly type: 'update-input'; readonly columnIndex: number; readonly input: RuleTableInput }
  | { readonly type: 'delete-input'; readonly columnIndex: number }
  | { readonly type: 'move-input'; readonly columnIndex: number; readonly to: number }
  | { readonly type: 'add-output'; readonly at: number; readonly output: RuleTableOutput }
  | { readonly type: 'update-output'; readonly index: number; readonly output: RuleTableOutput }
  | { readonly type: 'delete-output'; readonly index: number }
  | { readonly type: 'move-output'; readonly index: number; readonly to: number };

/** Enough to undo an afternoon's work; older steps are dropped. */
export const HISTORY_LIMIT = 200;

/** The cell that tests nothing: any value, or none, matches. */
export const ANY_VALUE = '-';

export function createEditorState(document: RuleTableDocument): EditorState {
  return { document, past: [], future: [] };
}

/** What a new row sets an output to until the analyst chooses: the first allowed value, else empty. */
export function defaultOutputValue(output: RuleTableOutput): Scalar {
  if (output.enum !== undefined && output.enum.length > 0) {
    return output.enum[0]!;
  }
  switch (output.type) {
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    default:
      return '';
  }
}

/** `rule-7`: the first number after `rule-` that no row has. */
export function nextRowId(document: RuleTableDocument): string {
  const taken = new Set(document.rows.map((row) => row.id));
  let number = document.rows.length + 1;
  while (taken.has(`rule-${number}`)) {
    number += 1;
  }
  return `rule-${number}`;
}

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const moved = [...items];
  const [item] = moved.splice(from, 1);
  if (item !== undefined) {
    moved.splice(to, 0, item);
  }
  return moved;
}

const inRange = (index: number, length: number) => Number.isInteger(index) && index >= 0 && index < length;
const clampInsert = (at: number, length: number) => Math.max(0, Math.min(length, Math.trunc(at)));

/** The document after one edit, or the same object when the edit changes nothing or points nowhere. */
export function applyEdit(document: RuleTableDocument, action: EditorAction): RuleTableDocument {
  const { rows, inputs, outputs } = document;
  switch (action.type) {
    case 'set-name':
      return action.name.en === document.name.en && action.name['zh-CN'] === document.name['zh-CN'] ? document : { ...document, name: action.name };
    case 'set-hit-policy': {
      const aggregation = action.hitPolicy === 'COLLECT' ? action.aggregation : undefined;
      if (action.hitPolicy === document.hitPolicy && aggregation === document.aggregation) {
        return document;
      }
      const { aggregation: _dropped, ...rest } = document;
      return aggregation !== undefined
        ? { ...rest, hitPolicy: action.hitPolicy, aggregation }
        : { ...rest, hitPolicy: action.hitPolicy };
    }
    case 'edit-cell': {
      const row = rows[action.rowIndex];
      if (row === undefined || !inRange(action.columnIndex, inputs.length) || row.cells[action.columnIndex] === action.text) {
        return document;
      }
      const cells = inputs.map((_, index) => (index === action.columnIndex ? action.text : (row.cells[index] ?? ANY_VALUE)));
      return { ...document, rows: rows.map((candidate, index) => (index === action.rowIndex ? { ...row, cells } : candidate)) };
    }
    case 'edit-output': {
      const row = rows[action.rowIndex];
      if (row === undefined || row.outputs[action.outputName] === action.value) {
        return document;
      }
      const changed = { ...row, outputs: { ...row.outputs, [action.outputName]: action.value } };
      return { ...document, rows: rows.map((candidate, index) => (index === action.rowIndex ? changed : candidate)) };
    }
    case 'edit-row': {
      const row = rows[action.rowIndex];
      if (row === undefined) {
        return document;
      }
      const { description: _description, ...rest } = row;
      const description = action.description ?? row.description;
      const changed = { ...rest, id: action.id ?? row.id, ...(description === undefined || description === '' ? {} : { description }) };
      if (changed.id === row.id && changed.description === row.description) {
        return document;
      }
      return { ...document, rows: rows.map((candidate, index) => (index === action.rowIndex ? changed : candidate)) };
    }
    case 'add-row': {
      const row = {
        id: nextRowId(document),
        cells: inputs.map(() => ANY_VALUE),
        outputs: Object.fromEntries(outputs.map((output) => [output.name, defaultOutputValue(output)])),
      };
      const added = [...rows];
      added.splice(clampInsert(action.at, rows.length), 0, row);
      return { ...document, rows: added };
    }
    case 'delete-row':
      // A table keeps at least one row, as the schema asks.
      return inRange(action.rowIndex, rows.length) && rows.length > 1 ? { ...document, rows: rows.filter((_, index) => index !== action.rowIndex) } : document;
    case 'move-row':
      return inRange(action.rowIndex, rows.length) && inRange(action.to, rows.length) && action.rowIndex !== action.to
        ? { ...document, rows: move(rows, action.rowIndex, action.to) }
        : document;
    case 'add-input': {
      const at = clampInsert(action.at, inputs.length);
      const added = [...inputs];
      added.splice(at, 0, action.input);
      return {
        ...document,
        inputs: added,
        rows: rows.map((row) => {
          const cells = [...row.cells];
          cells.splice(at, 0, ANY_VALUE);
          return { ...row, cells };
        }),
      };
    }
    case 'update-input':
      return inRange(action.columnIndex, inputs.length)
        ? { ...document, inputs: inputs.map((input, index) => (index === action.columnIndex ? action.input : input)) }
        : document;
    case 'delete-input':
      return inRange(action.columnIndex, inputs.length) && inputs.length > 1
        ? {
            ...document,
            inputs: inputs.filter((_, index) => index !== action.columnIndex),
            rows: rows.map((row) => ({ ...row, cells: row.cells.filter((_, index) => index !== action.columnIndex) })),
          }
        : document;
    case 'move-input':
      return inRange(action.columnIndex, inputs.length) && inRange(action.to, inputs.length) && action.columnIndex !== action.to
        ? {
            ...document,
            inputs: move(inputs, action.columnIndex, action.to),
            rows: rows.map((row) => ({ ...row, cells: move(row.cells, action.columnIndex, action.to) })),
          }
        : document;
    case 'add-output': {
      const added = [...outputs];
      added.splice(clampInsert(action.at, outputs.length), 0, action.output);
      const value = defaultOutputValue(action.output);
      return { ...document, outputs: added, rows: rows.map((row) => ({ ...row, outputs: { ...row.outputs, [action.output.name]: value } })) };
    }
    case 'update-output': {
      const before = outputs[action.index];
      if (before === undefined) {
        return document;
      }
      const renamed = before.name !== action.output.name;
      return {
        ...document,
        outputs: outputs.map((output, index) => (index === action.index ? action.output : output)),
        rows: renamed
          ? rows.map((row) => {
              const { [before.name]: value, ...others } = row.outputs;
              return { ...row, outputs: { ...others, [action.output.name]: value ?? defaultOutputValue(action.output) } };
            })
          : rows,
      };
    }
    case 'delete-output': {
      const removed = outputs[action.index];
      if (removed === undefined || outputs.length <= 1) {
        return document;
      }
      return {
        ...document,
        outputs: outputs.filter((_, index) => index !== action.index),
        rows: rows.map((row) => {
          const { [removed.name]: _value, ...others } = row.outputs;
          return { ...row, outputs: others };
        }),
      };
    }
    case 'move-output':
      return inRange(action.index, outputs.length) && inRange(action.to, outputs.length) && action.index !== action.to
        ? { ...document, outputs: move(outputs, action.index, action.to) }
        : document;
    case 'load':
    case 'undo':
    case 'redo':
      return document;
  }
}

/** Every edit is one step of the history; an edit that changes nothing is not a step. */
export function ruleTableEditorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return createEditorState(action.document);
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      return previous === undefined ? state : { document: previous, past: state.past.slice(0, -1), future: [state.document, ...state.future] };
    }
    case 'redo': {
      const [next, ...later] = state.future;
      return next === undefined ? state : { document: next, past: [...state.past, state.document], future: later };
    }
    default: {
      const document = applyEdit(state.document, action);
      if (document === state.document) {
        return state;
      }
      return { document, past: [...state.past, state.document].slice(-HISTORY_LIMIT), future: [] };
    }
  }
}
