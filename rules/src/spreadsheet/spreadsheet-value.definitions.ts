import type { ColumnType, Scalar } from '../rule-table/rule-table-document.types.js';

/** A cell's content once read: xlsx gives typed values, CSV only text. Empty cells are left out before this. */
export type CellContent = string | number | boolean | Date;

/** How an output value of a column type sits in a sheet cell, declared as data per type. */
export interface SpreadsheetValueDefinition {
  /** The value as the xlsx cell holds it: numbers as numbers (Excel can sum them), dates as ISO text (no time zone can shift them). */
  toCell(value: Scalar): string | number | boolean;
  /**
   * A cell back to a value. Content that is not of this type comes back as text, so the table's
   * validation names the cell and says what it must be.
   */
  fromCell(content: CellContent): Scalar;
  /** The value as a cell literal, for the Values row: "pass", 0.15, true, date("2026-01-31"). */
  toLiteral(value: Scalar): string;
  /** Cells of this type are formatted as text, so Excel keeps "001" and 2026-01-31 as typed. */
  textFormat: boolean;
}

const numberText = /^\s*-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

export function quoteStringLiteral(value: string): string {
  return `"${value.replace(/[\\"]/g, '\\$&')}"`;
}

function asNumber(content: CellContent): Scalar {
  if (typeof content === 'number') return content;
  const text = textOf(content);
  return numberText.test(text) ? Number(text) : text;
}

export const spreadsheetValues: Record<ColumnType, SpreadsheetValueDefinition> = {
  string: {
    toCell: (value) => String(value),
    fromCell: textOf,
    toLiteral: (value) => quoteStringLiteral(String(value)),
    textFormat: true,
  },
  number: { toCell: (value) => value, fromCell: asNumber, toLiteral: String, textFormat: false },
  integer: { toCell: (value) => value, fromCell: asNumber, toLiteral: String, textFormat: false },
  boolean: {
    toCell: (value) => value,
    fromCell: (content) => {
      if (typeof content === 'boolean') return content;
      const text = textOf(content);
      return /^\s*(true|false)\s*$/i.test(text) ? text.trim().toLowerCase() === 'true' : text;
    },
    toLiteral: String,
    textFormat: false,
  },
  date: {
    toCell: (value) => String(value),
    fromCell: (content) => (content instanceof Date ? content.toISOString().slice(0, 10) : textOf(content)),
    toLiteral: (value) => `date(${quoteStringLiteral(String(value))})`,
    textFormat: true,
  },
  'date-time': {
    toCell: (value) => String(value),
    fromCell: (content) => (content instanceof Date ? content.toISOString() : textOf(content)),
    toLiteral: (value) => `date and time(${quoteStringLiteral(String(value))})`,
    textFormat: true,
  },
};

/**
 * A cell as text, for captions, ids and S-FEEL cells. Excel's TRUE is the literal true; a date a
 * person typed into a text cell becomes its ISO text (dates at midnight UTC as dates).
 */
export function textOf(content: CellContent): string {
  if (content instanceof Date) {
    const iso = content.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return String(content);
}
