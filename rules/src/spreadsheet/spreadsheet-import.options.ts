export interface SpreadsheetImportOptions {
  /** Names the file in messages and becomes the table's `source`, e.g. the uploaded file's name. */
  source?: string;
  /** Called with the number of sheet rows (CSV records) read so far, every 100 and once at the end. */
  onProgress?: (rowsRead: number) => void;
  /** At most this many rules; default 10 000. */
  maxRows?: number;
  /** At most this many bytes; default 5 MB. */
  maxBytes?: number;
}

export const defaultImportLimits = {
  /** Rule rows; a table past this cannot be reviewed by a person anyway. */
  maxRows: 10_000,
  /** Bytes of the file. */
  maxBytes: 5 * 1024 * 1024,
};

export const progressInterval = 100;
